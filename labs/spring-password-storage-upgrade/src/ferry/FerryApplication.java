package ferry;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Tidewater Ferries' member accounts: travellers sign up, sign in (HTTP Basic, used by the booking site and the app) and
 * change their password; the operations team takes a nightly backup of the member table.
 */
@SpringBootApplication
public class FerryApplication {

    public static void main(String[] args) {
        SpringApplication.run(FerryApplication.class, args);
    }
}
