package checks;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.util.Base64URL;
import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.check.Reply;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * An admin token whose header names another algorithm than the HS256 Acme signs with, none of them verifiable with
 * Acme's key: a verifier that lets the header choose what to check (or whether to check at all) lets it through. The
 * spelling or algorithm is picked afresh in every run, so a fix tuned to one of them fails the next.
 */
public class OtherAlgorithmToken implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        RandomGenerator random = context.random();
        String header = context.param("header");
        String token = switch (header) {
            // "none" in a letter case that is never all lower case: not nimbus's alg none, but no signature either.
            case "unsigned-odd-case" -> unsigned(context, oddCase("none", random), random);
            // Another HMAC algorithm, signed with the attacker's own key.
            case "other-hmac" -> {
                JWSAlgorithm algorithm = List.of(JWSAlgorithm.HS384, JWSAlgorithm.HS512).get(random.nextInt(2));
                byte[] key = new byte[64];
                random.nextBytes(key);
                yield Acme.sign(algorithm, Acme.claims(context.randomName("mallory"), "admin").build(), key);
            }
            // A public-key algorithm with a signature of random bytes: nothing at Acme could have made it.
            case "public-key" -> unsigned(context, List.of("RS256", "ES256", "PS256", "EdDSA").get(random.nextInt(4)), random);
            default -> throw new IllegalArgumentException("unknown header: " + header);
        };
        Reply reply = Acme.adminReports(context, token);
        return CheckResult.passIf(!Acme.leaksBoardReport(context, reply),
                "The token with another algorithm in its header was refused (status " + reply.status() + ").",
                "An admin token whose header names another algorithm than HS256 was accepted without a valid signature.");
    }

    /** Header and claims as given, and random bytes where the signature goes (some verifiers refuse an empty one). */
    private static String unsigned(CheckContext context, String algorithm, RandomGenerator random) {
        String header = "{\"alg\":\"" + algorithm + "\",\"typ\":\"JWT\"}";
        byte[] signature = new byte[32];
        random.nextBytes(signature);
        return Base64URL.encode(header.getBytes(StandardCharsets.UTF_8)) + "."
                + Base64URL.encode(Acme.claims(context.randomName("mallory"), "admin").build().toString()) + "."
                + Base64URL.encode(signature);
    }

    /** The word with each letter's case picked at random, never all lower case. */
    private static String oddCase(String word, RandomGenerator random) {
        StringBuilder spelled = new StringBuilder();
        for (char c : word.toCharArray()) {
            spelled.append(random.nextBoolean() ? Character.toUpperCase(c) : c);
        }
        return spelled.toString().equals(word) ? word.substring(0, word.length() - 1) + Character.toUpperCase(word.charAt(word.length() - 1))
                : spelled.toString();
    }
}
