package payments;

import dev.fixpoint.kit.Answer;
import dev.fixpoint.kit.HttpError;
import dev.fixpoint.kit.Incoming;
import dev.fixpoint.kit.Router;
import dev.fixpoint.lab.Json;
import dev.fixpoint.lab.LabService;
import dev.fixpoint.lab.ServiceContext;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The payment provider (a stand-in for a real PSP, not the shop's code). The checkout page charges the customer's card
 * here: {@code POST /payments} with an amount, a reference and a card captures the payment at once. Merchants read
 * payments and refund them with their secret key in {@code X-Merchant-Key}.
 */
public class PaymentsService implements LabService {

    /** The test card that is always declined. */
    static final String DECLINED_CARD = "4000000000000002";

    private record Payment(String id, long amount, String reference, String status) {
        Json json() {
            return Json.object("id", id, "amount", amount, "reference", reference, "status", status);
        }
    }

    private final Map<String, Payment> payments = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();

    @Override
    public Router start(ServiceContext context) {
        byte[] merchantKey = context.secret("merchant-key").getBytes(StandardCharsets.UTF_8);
        return new Router()
                .post("/payments", request -> {
                    Json body = request.json();
                    long amount = body.get("amount").integer().orElse(0L);
                    String reference = body.get("reference").text("");
                    String card = body.get("card").text("").replace(" ", "");
                    if (amount < 1 || amount > 10_000_000 || reference.isBlank() || reference.length() > 100 || !card.matches("[0-9]{12,19}")) {
                        throw HttpError.badRequest("amount: cents from 1 to 10000000; reference: 1 to 100 characters; card: 12 to 19 digits");
                    }
                    if (card.equals(DECLINED_CARD)) {
                        throw new HttpError(402, "card declined");
                    }
                    byte[] bytes = new byte[12];
                    random.nextBytes(bytes);
                    Payment payment = new Payment("pay_" + HexFormat.of().formatHex(bytes), amount, reference, "captured");
                    payments.put(payment.id(), payment);
                    return Answer.json(201, payment.json());
                })
                .get("/payments/{id}", request -> {
                    merchant(request, merchantKey);
                    return Answer.json(find(request).json());
                })
                .post("/payments/{id}/refund", request -> {
                    merchant(request, merchantKey);
                    Payment refunded = payments.computeIfPresent(request.param("id"),
                            (id, payment) -> new Payment(id, payment.amount(), payment.reference(), "refunded"));
                    if (refunded == null) {
                        throw HttpError.notFound("no such payment");
                    }
                    return Answer.json(refunded.json());
                });
    }

    private Payment find(Incoming request) {
        Payment payment = payments.get(request.param("id"));
        if (payment == null) {
            throw HttpError.notFound("no such payment");
        }
        return payment;
    }

    private static void merchant(Incoming request, byte[] merchantKey) {
        byte[] sent = request.header("X-Merchant-Key").orElse("").getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(sent, merchantKey)) {
            throw HttpError.unauthorized("merchant key required");
        }
    }
}
