package helpdesk;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The help centre of an invoicing service: public help articles, and a console for the support staff. */
@SpringBootApplication
public class HelpCentreApplication {

    public static void main(String[] args) {
        SpringApplication.run(HelpCentreApplication.class, args);
    }
}
