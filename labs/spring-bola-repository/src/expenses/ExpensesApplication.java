package expenses;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The expense reports API: employees file their travel and client expenses; managers review their team's. */
@SpringBootApplication
public class ExpensesApplication {
}
