package expenses;

import org.springframework.data.annotation.Id;

import java.math.BigDecimal;

/** An expense report: who filed it, for which team's budget, and what it claims. */
public record ExpenseReport(@Id Long id, String owner, String team, String title, BigDecimal amount, String note) {

    /** A new report of {@code owner}, charged to {@code team}. */
    static ExpenseReport filed(String owner, String team, ReportForm form) {
        return new ExpenseReport(null, owner, team, form.title(), form.amount(), form.note());
    }

    /** This report with the title, amount and note of {@code form}; its owner and team stay. */
    ExpenseReport edited(ReportForm form) {
        return new ExpenseReport(id, owner, team, form.title(), form.amount(), form.note());
    }
}
