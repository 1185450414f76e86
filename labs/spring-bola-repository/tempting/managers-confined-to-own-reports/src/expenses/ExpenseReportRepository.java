package expenses;

import org.springframework.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

/**
 * Every query a controller uses names whose reports it may return: an owner (the caller) or a team (a manager's).
 * The inherited findById stays for code that has already decided; no request handler calls it.
 */
public interface ExpenseReportRepository extends CrudRepository<ExpenseReport, Long> {

    Optional<ExpenseReport> findByIdAndOwner(Long id, String owner);

    Optional<ExpenseReport> findByIdAndTeam(Long id, String team);

    List<ExpenseReport> findByOwnerOrderById(String owner);

    List<ExpenseReport> findByTeamOrderById(String team);

    List<ExpenseReport> findByOwnerAndTitleContainingIgnoreCaseOrderById(String owner, String text);

    List<ExpenseReport> findByTeamAndTitleContainingIgnoreCaseOrderById(String team, String text);
}
