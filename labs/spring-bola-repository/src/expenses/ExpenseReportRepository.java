package expenses;

import org.springframework.data.repository.CrudRepository;

import java.util.List;

public interface ExpenseReportRepository extends CrudRepository<ExpenseReport, Long> {

    List<ExpenseReport> findByOwnerOrderById(String owner);

    List<ExpenseReport> findByTeamOrderById(String team);

    List<ExpenseReport> findByTitleContainingIgnoreCaseOrderById(String text);
}
