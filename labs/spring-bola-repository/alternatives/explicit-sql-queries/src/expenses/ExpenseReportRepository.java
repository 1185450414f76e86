package expenses;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

/** The access rules as SQL: a caller reads their own reports, a manager also the team's; only the owner changes one. */
public interface ExpenseReportRepository extends CrudRepository<ExpenseReport, Long> {

    @Query("""
            SELECT * FROM expense_report
            WHERE id = :id AND (owner = :caller OR (:manager AND team = :team))""")
    Optional<ExpenseReport> findReadable(Long id, String caller, boolean manager, String team);

    @Query("SELECT * FROM expense_report WHERE id = :id AND owner = :caller")
    Optional<ExpenseReport> findChangeable(Long id, String caller);

    @Modifying
    @Query("DELETE FROM expense_report WHERE id = :id AND owner = :caller")
    int deleteChangeable(Long id, String caller);

    @Query("""
            SELECT * FROM expense_report
            WHERE (owner = :caller OR (:manager AND team = :team))
              AND LOCATE(UPPER(:text), UPPER(title)) > 0
            ORDER BY id""")
    List<ExpenseReport> searchReadable(String caller, boolean manager, String team, String text);

    List<ExpenseReport> findByOwnerOrderById(String owner);

    List<ExpenseReport> findByTeamOrderById(String team);
}
