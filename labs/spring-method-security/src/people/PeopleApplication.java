package people;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/** Larkspur Studios' people API: employees see and update their own record, HR runs the staff list and the payroll. */
@SpringBootApplication
public class PeopleApplication {

    public static void main(String[] args) {
        SpringApplication.run(PeopleApplication.class, args);
    }

    /**
     * bcrypt at cost 4 so that the many HTTP Basic requests of the checks stay fast (production keeps the default 10).
     * Without an encoder bean, Spring Security would re-hash each password at cost 10 after its first log-in.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder(4);
    }

    /** The logins: two designers and the HR administrator. */
    @Bean
    InMemoryUserDetailsManager users(PasswordEncoder encoder, @Value("${fixpoint.secrets.frank-password}") String frankPassword,
                                     @Value("${fixpoint.secrets.hr-password}") String hrPassword) {
        return new InMemoryUserDetailsManager(
                User.withUsername("erin").password(encoder.encode("erin-drinks-tea")).roles("EMPLOYEE").build(),
                User.withUsername("frank").password(encoder.encode(frankPassword)).roles("EMPLOYEE").build(),
                User.withUsername("hana").password(encoder.encode(hrPassword)).roles("EMPLOYEE", "HR_ADMIN").build());
    }
}
