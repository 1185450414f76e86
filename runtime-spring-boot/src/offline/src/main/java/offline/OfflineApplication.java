package offline;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Stands for a lab's application while the runtime's build resolves, into the repository a pulled project ships, what
 * `./mvnw test` and `./mvnw spring-boot:run` need. It returns at once, so that spring-boot:run ends.
 */
@SpringBootApplication
public class OfflineApplication {

    public static void main(String[] args) {
        System.out.println("resolved: " + String.join(" ", args));
    }
}
