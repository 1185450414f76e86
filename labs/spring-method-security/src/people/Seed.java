package people;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The studio's staff. */
@Component
class Seed {

    Seed(JdbcTemplate jdbc, @Value("${fixpoint.secrets.frank-bank-account}") String frankAccount) {
        jdbc.update("""
                INSERT INTO employee (username, full_name, email, phone, salary, bank_account) VALUES
                ('erin', 'Erin Walsh', 'erin@larkspur.example', '+44 20 7946 0311', 48000.00, 'GB33 BUKB 2020 1555 5555 55'),
                ('frank', 'Frank Osei', 'frank@larkspur.example', '+44 20 7946 0472', 61500.00, ?),
                ('hana', 'Hana Kowalski', 'hana@larkspur.example', '+44 20 7946 0125', 57000.00, 'GB94 BARC 1020 1530 0934 59'),
                (NULL, 'Ivo Marchetti', 'ivo@larkspur.example', '+44 20 7946 0888', 39000.00, 'GB27 NWBK 6016 1331 9268 19')""",
                "GB29 NWBK " + frankAccount);
    }
}
