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
                # As the bundled spring-boot labs: Spring applications start in seconds, slower on a busy machine.
                limits: {wall-seconds: 60, request-millis: 15000}
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

    /**
     * The orders lab as {@code spring-orders-ID}, naming {@code libraries} under {@code libraries:}, with one more
     * functional check: the actuator's health endpoint answers UP to a signed-in customer.
     */
    static Lab writeWithHealthCheck(Path root, String id, java.util.List<String> libraries) throws IOException {
        Path scratch = root.resolve("scratch");
        write(scratch);
        Path dir = root.resolve("spring-orders-" + id);
        Files.move(scratch.resolve("spring-orders"), dir);
        Path manifest = dir.resolve("lab.yaml");
        Files.writeString(manifest, Files.readString(manifest)
                .replace("id: spring-orders\n", "id: spring-orders-" + id + "\n")
                .replace("runtime: spring-boot\n", "runtime: spring-boot\nlibraries: [" + String.join(", ", libraries) + "]\n")
                + """
                  - {name: health-answers, class: dev.fixpoint.lab.check.SendAndExpect, kind: functional, visibility: visible,
                     params: {service: shop, request: "GET /actuator/health", basic: "alice:alice-password", must-contain: "UP", status: "200"}}
                """);
        LabCatalog catalog = LabCatalog.load(root, LabRuntime.available());
        if (!catalog.problems().isEmpty()) {
            throw new IllegalStateException(String.join("\n", catalog.problems()));
        }
        return catalog.find("spring-orders-" + id).orElseThrow();
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

    /**
     * A lab of two Spring Boot services in one worker: a public shop whose balance page (editable) asks an internal ledger
     * for the balance of whichever customer the query names.
     */
    static Lab writeTwoServices(Path root) throws IOException {
        Path dir = root.resolve("spring-ledger");
        write(dir.resolve("lab.yaml"), """
                schema: 1
                id: spring-ledger
                title: Other customers' balances
                summary: The shop shows the ledger's balance of any customer.
                runtime: spring-boot
                tracks: [backend]
                difficulty: 2
                cwe: [639]
                owasp: {}
                minutes: 10
                services:
                  - {name: shop, class: shop.ShopApplication, exposure: public}
                  - {name: ledger, class: ledger.LedgerApplication, exposure: internal}
                # As the bundled spring-boot labs: Spring applications start in seconds, slower on a busy machine.
                limits: {wall-seconds: 60, request-millis: 15000}
                secrets: [bob-balance]
                editable: [src/shop/BalanceController.java]
                hints: [ask for the signed-in customer's balance]
                checks:
                  - {name: read-bobs-balance, class: dev.fixpoint.lab.check.SendAndExpect, kind: exploit, visibility: visible, explanation: any balance,
                     params: {service: shop, request: "GET /balance?customer=bob", basic: "alice:alice-password", must-not-contain: "secret:bob-balance"}}
                  - {name: read-bobs-balance-upper-case, class: dev.fixpoint.lab.check.SendAndExpect, kind: exploit, visibility: hidden, explanation: any balance,
                     clue: another spelling, params: {service: shop, request: "GET /balance?customer=BOB", basic: "alice:alice-password", must-not-contain: "secret:bob-balance"}}
                  - {name: alice-reads-her-balance, class: dev.fixpoint.lab.check.SendAndExpect, kind: functional, visibility: visible,
                     params: {service: shop, request: "GET /balance?customer=alice", basic: "alice:alice-password", must-contain: "alice: 120", status: "200"}}
                """);
        write(dir.resolve("briefing.md"), "Alice must see only her balance.");
        write(dir.resolve("writeup.md"), "Ask the ledger for the signed-in customer's balance.");
        write(dir.resolve("src/shop/ShopApplication.java"), """
                package shop;

                import org.springframework.beans.factory.annotation.Value;
                import org.springframework.boot.SpringApplication;
                import org.springframework.boot.autoconfigure.SpringBootApplication;
                import org.springframework.context.annotation.Bean;
                import org.springframework.security.config.Customizer;
                import org.springframework.security.config.annotation.web.builders.HttpSecurity;
                import org.springframework.security.core.userdetails.User;
                import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
                import org.springframework.security.crypto.password.PasswordEncoder;
                import org.springframework.security.provisioning.InMemoryUserDetailsManager;
                import org.springframework.security.web.SecurityFilterChain;
                import org.springframework.web.client.RestClient;

                @SpringBootApplication
                public class ShopApplication {

                    public static void main(String[] args) {
                        SpringApplication.run(ShopApplication.class, args);
                    }

                    @Bean
                    SecurityFilterChain chain(HttpSecurity http) throws Exception {
                        return http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                                .httpBasic(Customizer.withDefaults()).csrf(csrf -> csrf.disable()).build();
                    }

                    @Bean
                    PasswordEncoder passwordEncoder() {
                        return new BCryptPasswordEncoder(4);
                    }

                    @Bean
                    InMemoryUserDetailsManager users(PasswordEncoder encoder) {
                        return new InMemoryUserDetailsManager(
                                User.withUsername("alice").password(encoder.encode("alice-password")).roles("CUSTOMER").build(),
                                User.withUsername("bob").password(encoder.encode("bob-password")).roles("CUSTOMER").build());
                    }

                    @Bean
                    RestClient ledger(@Value("${fixpoint.peers.ledger}") String ledger) {
                        return RestClient.create(ledger);
                    }
                }
                """);
        write(dir.resolve("src/ledger/LedgerApplication.java"), """
                package ledger;

                import org.springframework.beans.factory.annotation.Value;
                import org.springframework.boot.SpringApplication;
                import org.springframework.boot.autoconfigure.SpringBootApplication;
                import org.springframework.context.annotation.Bean;
                import org.springframework.security.config.annotation.web.builders.HttpSecurity;
                import org.springframework.security.web.SecurityFilterChain;
                import org.springframework.web.bind.annotation.GetMapping;
                import org.springframework.web.bind.annotation.PathVariable;
                import org.springframework.web.bind.annotation.RestController;

                import java.util.Locale;
                import java.util.Map;

                @SpringBootApplication
                @RestController
                public class LedgerApplication {

                    private final Map<String, String> balances;

                    public LedgerApplication(@Value("${fixpoint.secrets.bob-balance}") String bobBalance) {
                        this.balances = Map.of("alice", "120", "bob", bobBalance);
                    }

                    public static void main(String[] args) {
                        SpringApplication.run(LedgerApplication.class, args);
                    }

                    // Internal: only the shop reaches it, so it asks for no credentials (Spring Security would, by default).
                    @Bean
                    SecurityFilterChain open(HttpSecurity http) throws Exception {
                        return http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll()).csrf(csrf -> csrf.disable()).build();
                    }

                    @GetMapping("/balances/{customer}")
                    public String balance(@PathVariable String customer) {
                        String name = customer.toLowerCase(Locale.ROOT);
                        return name + ": " + balances.getOrDefault(name, "0");
                    }
                }
                """);
        write(dir.resolve("src/shop/BalanceController.java"), balanceController("customer"));
        write(dir.resolve("solution/src/shop/BalanceController.java"), balanceController("user.getName()"));
        LabCatalog catalog = LabCatalog.load(root, LabRuntime.available());
        if (!catalog.problems().isEmpty()) {
            throw new IllegalStateException(String.join("\n", catalog.problems()));
        }
        return catalog.find("spring-ledger").orElseThrow();
    }

    private static String balanceController(String whose) {
        return """
                package shop;

                import org.springframework.web.bind.annotation.GetMapping;
                import org.springframework.web.bind.annotation.RequestParam;
                import org.springframework.web.bind.annotation.RestController;
                import org.springframework.web.client.RestClient;

                import java.security.Principal;

                @RestController
                public class BalanceController {

                    private final RestClient ledger;

                    public BalanceController(RestClient ledger) {
                        this.ledger = ledger;
                    }

                    @GetMapping("/balance")
                    public String balance(@RequestParam String customer, Principal user) {
                        return ledger.get().uri("/balances/{customer}", %s).retrieve().body(String.class);
                    }
                }
                """.formatted(whose);
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
