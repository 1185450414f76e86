package market;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The staging environment's members, listings and reviews. Contact details and MFA secrets of the demo members come
 * from the environment's secret store, as production's come from the members themselves.
 */
@Component
public class DemoData implements ApplicationRunner {

    private final MemberRepository members;
    private final ListingRepository listings;
    private final ReviewRepository reviews;
    private final JdbcTemplate jdbc;
    private final PasswordEncoder passwords;
    private final String hanaEmail;
    private final String hanaMfaSecret;
    private final String omarAddress;
    private final String omarMfaSecret;

    public DemoData(MemberRepository members, ListingRepository listings, ReviewRepository reviews, JdbcTemplate jdbc,
                    PasswordEncoder passwords,
                    @Value("${fixpoint.secrets.hana-email}") String hanaEmail,
                    @Value("${fixpoint.secrets.hana-mfa-secret}") String hanaMfaSecret,
                    @Value("${fixpoint.secrets.omar-address}") String omarAddress,
                    @Value("${fixpoint.secrets.omar-mfa-secret}") String omarMfaSecret) {
        this.members = members;
        this.listings = listings;
        this.reviews = reviews;
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.hanaEmail = hanaEmail;
        this.hanaMfaSecret = hanaMfaSecret;
        this.omarAddress = omarAddress;
        this.omarMfaSecret = omarMfaSecret;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        Member hana = members.save(new Member(null, "hana", passwords.encode("hana-staging"), "Hana Kowalska",
                "Film cameras and lenses, every one tested with a roll before it ships.", LocalDate.of(2021, 3, 14),
                "hana." + hanaEmail + "@example.net", "+44 7700 900412", "4 Harbour Road, Bristol BS1 5TT", hanaMfaSecret, 3));
        Member omar = members.save(new Member(null, "omar", passwords.encode("omar-staging"), "Omar Haddad",
                "Shoots street photography on weekends; sells what he no longer carries.", LocalDate.of(2022, 9, 2),
                "omar.haddad@example.org", "+44 7700 900873", "14 " + omarAddress + " Lane, Leeds LS2 7EY", omarMfaSecret, 71));
        Member li = members.save(new Member(null, "li", passwords.encode("li-staging"), "Li Wen",
                "Collector of rangefinders.", LocalDate.of(2023, 11, 20),
                "li.wen@example.com", "+44 7700 900255", "9 Mill Street, York YO1 6BA", null, 12));

        listings.save(new Listing(null, hana.id(), "Olympus OM-1 body, serviced", new BigDecimal("240.00"),
                "New light seals, shutter speeds checked.", LocalDate.of(2025, 5, 3)));
        listings.save(new Listing(null, hana.id(), "Zuiko 50 mm f/1.8", new BigDecimal("65.00"),
                "Clean glass, smooth focus.", LocalDate.of(2025, 5, 9)));
        listings.save(new Listing(null, omar.id(), "Pentax K1000 with 55 mm lens", new BigDecimal("180.00"),
                "Meter works; small dent on the prism cover.", LocalDate.of(2025, 6, 1)));

        reviews.save(new Review(null, hana.id(), omar.id(), 5, "Lens arrived exactly as described, very well packed.",
                LocalDate.of(2025, 4, 22)));
        reviews.save(new Review(null, hana.id(), li.id(), 4, "Quick to answer questions, camera works perfectly.",
                LocalDate.of(2025, 6, 18)));
        reviews.save(new Review(null, omar.id(), hana.id(), 5, "Fair price and shipped the next morning.",
                LocalDate.of(2025, 7, 2)));

        jdbc.update("INSERT INTO follow (follower_id, followed_id) VALUES (?, ?), (?, ?)", li.id(), hana.id(), li.id(), omar.id());
    }
}
