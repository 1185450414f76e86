package cloud;

import dev.fixpoint.kit.Answer;
import dev.fixpoint.kit.Router;
import dev.fixpoint.lab.Json;
import dev.fixpoint.lab.LabService;
import dev.fixpoint.lab.ServiceContext;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The cloud's instance metadata service (IMDSv1 style) at 169.254.169.254: any process on the instance can
 * read the temporary credentials of the instance's role, no questions asked.
 */
public class MetadataService implements LabService {

    private static final String ROLE = "app-role";

    @Override
    public Router start(ServiceContext context) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Json credentials = Json.object("Code", "Success", "Type", "AWS-HMAC", "AccessKeyId", "ASIAQX4EXAMPLE7KQ2ZL",
                "SecretAccessKey", context.secret("aws-secret-access-key"), "Token", "IQoJb3JpZ2luX2VjEXAMPLETOKEN",
                "LastUpdated", now.toString(), "Expiration", now.plus(6, ChronoUnit.HOURS).toString());
        return new Router()
                .get("/latest/meta-data/", request -> Answer.text(200, "ami-id\nhostname\niam/\ninstance-id\nlocal-ipv4\n"))
                .get("/latest/meta-data/instance-id", request -> Answer.text(200, "i-0b22a22eec53b9321"))
                .get("/latest/meta-data/local-ipv4", request -> Answer.text(200, "10.0.3.7"))
                .get("/latest/meta-data/iam/", request -> Answer.text(200, "security-credentials/\n"))
                .get("/latest/meta-data/iam/security-credentials/", request -> Answer.text(200, ROLE + "\n"))
                .get("/latest/meta-data/iam/security-credentials/" + ROLE, request -> Answer.text(200, credentials.toString()));
    }
}
