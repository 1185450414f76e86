package checks;

import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.check.Reply;

import java.time.Instant;
import java.util.Date;

/** A signed token claiming the admin role that the reports service must still refuse, made as the parameter says. */
public class ForgedAdminToken implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        String forgery = context.param("forgery");
        String token = switch (forgery) {
            // Signed, but with the attacker's own key; the subject is any name, as the role claim is what is forged.
            case "wrong-key" -> {
                byte[] key = new byte[32];
                context.random().nextBytes(key);
                yield Acme.sign(Acme.claims(context.randomName("mallory"), "admin").build(), key);
            }
            // A genuine analyst token whose payload was edited to say admin; the signature is the original one.
            case "tampered-claims" -> {
                String genuine = Acme.login(context, "alice", "alice-password", "reports");
                SignedJWT parsed = SignedJWT.parse(genuine);
                JWTClaimsSet edited = new JWTClaimsSet.Builder(parsed.getJWTClaimsSet()).claim("role", "admin").build();
                String[] parts = genuine.split("\\.");
                yield parts[0] + "." + Base64URL.encode(edited.toString()) + "." + parts[2];
            }
            // Signed with the real key, but it expired two hours ago (a token leaked from an old log, say).
            case "expired" -> {
                Instant issued = Instant.now().minusSeconds(3 * 3600);
                JWTClaimsSet claims = Acme.claims("admin", "admin")
                        .issueTime(Date.from(issued)).expirationTime(Date.from(issued.plusSeconds(3600))).build();
                yield Acme.sign(claims, Acme.signingKey(context));
            }
            default -> throw new IllegalArgumentException("unknown forgery: " + forgery);
        };
        Reply reply = Acme.adminReports(context, token);
        return CheckResult.passIf(!Acme.leaksBoardReport(context, reply),
                "The forged token was refused (status " + reply.status() + ").",
                "A forged token claiming role admin was accepted: the board reports were returned.");
    }
}
