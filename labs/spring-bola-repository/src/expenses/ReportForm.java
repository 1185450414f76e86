package expenses;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/** What a client sends to file or edit a report. */
public record ReportForm(@NotBlank @Size(max = 120) String title,
                         @NotNull @DecimalMin("0.01") BigDecimal amount,
                         @Size(max = 500) String note) {
}
