package expenses;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;

/** The staging environment's reports: what the demo accounts filed last month (employees and teams are in data.sql). */
@Component
public class DemoData implements ApplicationRunner {

    private final ExpenseReportRepository reports;
    private final String bobNote;
    private final String carolNote;

    public DemoData(ExpenseReportRepository reports,
                    @Value("${fixpoint.secrets.bob-report-note}") String bobNote,
                    @Value("${fixpoint.secrets.carol-report-note}") String carolNote) {
        this.reports = reports;
        this.bobNote = bobNote;
        this.carolNote = carolNote;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        // Filed in this order, so that their ids are 1 to 4.
        reports.save(new ExpenseReport(null, "alice", "sales", "Train to Hamburg", new BigDecimal("89.90"), "Trade fair, day one"));
        reports.save(new ExpenseReport(null, "bob", "sales", "Client dinner", new BigDecimal("142.50"), bobNote));
        reports.save(new ExpenseReport(null, "carol", "support", "Conference ticket", new BigDecimal("499.00"), carolNote));
        reports.save(new ExpenseReport(null, "maria", "sales", "Team offsite venue", new BigDecimal("1200.00"), "Deposit, rest in May"));
    }
}
