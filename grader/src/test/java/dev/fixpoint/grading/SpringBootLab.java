package dev.fixpoint.grading;

import dev.fixpoint.catalog.Lab;
import dev.fixpoint.catalog.LabCatalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small lab of the spring-boot runtime, written for runtime tests: a Spring Boot application whose orders controller
 * (editable) returns any order by id (BOLA), with Spring Security's HTTP Basic users, Spring Data JDBC on H2, a
 * SecurityFilterChain and an editable application.properties.
 */
final class SpringBootLab {

    static final String CONTROLLER = "src/shop/OrderController.java";
    static final String PROPERTIES = "src/application.properties";

    private SpringBootLab() {
    }

    static Lab write(Path root) throws IOException {
        Path dir = root.resolve("spring-orders");
        write(dir.resolve("lab.yaml"), """
                schema: 1
                id: spring-orders
                title: Other customers' orders
                summary: The orders API returns any order by id.
                runtime: spring-boot
                tracks: [backend]
                difficulty: 2
                cwe: [639]
                owasp: {}
                minutes: 10
                services:
                  - {name: shop, class: shop.ShopApplication, exposure: public}
                secrets: [bob-note]
                editable: [src/shop/OrderController.java, src/application.properties]
                hints: [check the owner]
                checks:
                  - {name: read-bobs-order, class: checks.ReadBobsOrder, kind: exploit, visibility: visible, explanation: any order by id}
                  - {name: read-bobs-order-again, class: checks.ReadBobsOrder, kind: exploit, visibility: hidden, explanation: any order by id, clue: the same again}
                  - {name: alice-reads-her-orders, class: dev.fixpoint.lab.check.SendAndExpect, kind: functional, visibility: visible,
                     params: {service: shop, request: "GET /orders/1", header.Authorization: "Basic YWxpY2U6YWxpY2UtcGFzc3dvcmQ=", must-contain: "Alice's book", status: "200"}}
                """);
        write(dir.resolve("briefing.md"), "Alice must read only her orders.");
        write(dir.resolve("writeup.md"), "Look the order up by id and owner.");
        write(dir.resolve("src/shop/ShopApplication.java"), """
                package shop;

                import org.springframework.beans.factory.annotation.Value;
                import org.springframework.boot.autoconfigure.SpringBootApplication;
                import org.springframework.context.annotation.Bean;
                import org.springframework.jdbc.core.JdbcTemplate;
                import org.springframework.security.config.Customizer;
                import org.springframework.security.config.annotation.web.builders.HttpSecurity;
                import org.springframework.security.core.userdetails.User;
                import org.springframework.security.provisioning.InMemoryUserDetailsManager;
                import org.springframework.security.web.SecurityFilterChain;

                @SpringBootApplication
                public class ShopApplication {

                    @Bean
                    SecurityFilterChain chain(HttpSecurity http) throws Exception {
                        return http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                                .httpBasic(Customizer.withDefaults()).csrf(csrf -> csrf.disable()).build();
                    }

                    @Bean
                    InMemoryUserDetailsManager users() {
                        return new InMemoryUserDetailsManager(
                                User.withUsername("alice").password("{noop}alice-password").roles("CUSTOMER").build(),
                                User.withUsername("bob").password("{noop}bob-password").roles("CUSTOMER").build());
                    }

                    @Bean
                    Object seed(JdbcTemplate jdbc, @Value("${fixpoint.secrets.bob-note}") String bobNote) {
                        jdbc.execute("CREATE TABLE purchase_order (id BIGINT PRIMARY KEY, owner VARCHAR(40), item VARCHAR(200))");
                        jdbc.update("INSERT INTO purchase_order VALUES (1, 'alice', 'Alice''s book'), (2, 'bob', ?)", bobNote);
                        return "seeded";
                    }
                }
                """);
        write(dir.resolve("src/shop/PurchaseOrder.java"), """
                package shop;

                import org.springframework.data.annotation.Id;

                public record PurchaseOrder(@Id Long id, String owner, String item) {
                }
                """);
        write(dir.resolve("src/shop/Orders.java"), """
                package shop;

                import org.springframework.data.repository.CrudRepository;

                import java.util.Optional;

                public interface Orders extends CrudRepository<PurchaseOrder, Long> {
                    Optional<PurchaseOrder> findByIdAndOwner(Long id, String owner);
                }
                """);
        write(dir.resolve(CONTROLLER), controller("orders.findById(id)"));
        write(dir.resolve("solution").resolve(CONTROLLER), controller("orders.findByIdAndOwner(id, user.getName())"));
        write(dir.resolve(PROPERTIES), "spring.application.name=shop\n");
        write(dir.resolve("checks/checks/ReadBobsOrder.java"), """
                package checks;

                import dev.fixpoint.lab.*;
                import dev.fixpoint.lab.check.Client;
                import dev.fixpoint.lab.check.Session;

                public class ReadBobsOrder implements Check {
                    @Override
                    public CheckResult run(CheckContext context) {
                        var reply = Client.of(context, "shop").as(Session.header("Authorization", "Basic YWxpY2U6YWxpY2UtcGFzc3dvcmQ="))
                                .get("/orders/{}", 2).send();
                        return CheckResult.passIf(!reply.contains(context.secret("bob-note")), "Bob's order stays his",
                                "Alice read Bob's order: " + reply.status());
                    }
                }
                """);
        LabCatalog catalog = LabCatalog.load(root, LabRuntime.available());
        if (!catalog.problems().isEmpty()) {
            throw new IllegalStateException(String.join("\n", catalog.problems()));
        }
        return catalog.find("spring-orders").orElseThrow();
    }

    static String controller(String lookup) {
        return """
                package shop;

                import org.springframework.http.ResponseEntity;
                import org.springframework.web.bind.annotation.GetMapping;
                import org.springframework.web.bind.annotation.PathVariable;
                import org.springframework.web.bind.annotation.RestController;

                import java.security.Principal;

                @RestController
                public class OrderController {

                    private final Orders orders;

                    public OrderController(Orders orders) {
                        this.orders = orders;
                    }

                    @GetMapping("/orders/{id}")
                    public ResponseEntity<PurchaseOrder> order(@PathVariable Long id, Principal user) {
                        return %s.map(ResponseEntity::ok).orElse(ResponseEntity.notFound().build());
                    }
                }
                """.formatted(lookup);
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
