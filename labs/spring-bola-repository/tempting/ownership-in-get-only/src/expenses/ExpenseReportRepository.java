package expenses;

import org.springframework.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

public interface ExpenseReportRepository extends CrudRepository<ExpenseReport, Long> {

    Optional<ExpenseReport> findByIdAndOwner(Long id, String owner);

    Optional<ExpenseReport> findByIdAndTeam(Long id, String team);

    List<ExpenseReport> findByOwnerOrderById(String owner);

    List<ExpenseReport> findByTeamOrderById(String team);

    List<ExpenseReport> findByTitleContainingIgnoreCaseOrderById(String text);
}
