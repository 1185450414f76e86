package vault;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** An archive the vault refuses as a whole; answered with 400 and nothing of it kept. */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class BadArchiveException extends RuntimeException {

    public BadArchiveException(String message) {
        super(message);
    }
}
