package helpdesk;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The support desk's settings: the contact details every page shows in its footer, and the codes the staff read out
 * on calls (the escalation PIN on the staff console, the refund override code in the billing article's staff notes).
 */
@Component
public class SupportDesk {

    private final String escalationPin;
    private final String refundCode;

    public SupportDesk(@Value("${fixpoint.secrets.escalation-pin}") String escalationPin,
                       @Value("${fixpoint.secrets.refund-code}") String refundCode) {
        this.escalationPin = escalationPin;
        this.refundCode = refundCode;
    }

    public String getHotline() {
        return "+44 20 7946 0321";
    }

    public String getHours() {
        return "Monday to Friday, 8:00 to 18:00 UK time";
    }

    public String getEscalationPin() {
        return escalationPin;
    }

    public String getRefundCode() {
        return refundCode;
    }
}
