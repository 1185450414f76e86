package expenses;

/** No such report: answered 404 by {@link ApiErrors}. */
public class ReportNotFoundException extends RuntimeException {

    public ReportNotFoundException() {
        super("report not found");
    }
}
