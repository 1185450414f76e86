package ferry;

import org.springframework.security.crypto.password.PasswordEncoder;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The old booking site's password format: the lower-case hex SHA-1 of the password's UTF-8 bytes. */
public class LegacySha1PasswordEncoder implements PasswordEncoder {

    @Override
    public String encode(CharSequence rawPassword) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(rawPassword.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null) {
            return false;
        }
        return MessageDigest.isEqual(encode(rawPassword).getBytes(StandardCharsets.US_ASCII),
                encodedPassword.getBytes(StandardCharsets.US_ASCII));
    }
}
