package offline;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertNotNull;

/** A test, so that surefire resolves its JUnit provider as it will for a pulled project's visible checks. */
class OfflineApplicationTests {

    @Test
    void theApplicationClassLoads() {
        assertNotNull(new OfflineApplication());
    }
}
