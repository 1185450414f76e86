package dev.fixpoint.server;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Makes every commit to an embedded H2 file database reach the file before it returns. H2 otherwise writes
 * commits in the background up to half a second later, so a server killed with SIGKILL (the OOM killer, a
 * container stop) loses submissions it has already acknowledged: measured, about 50 of 450 rapid commits.
 * An operator's own WRITE_DELAY in the URL is kept.
 */
@Component
class EmbeddedDatabaseDurability implements BeanPostProcessor {

    static String durable(String url) {
        if (url == null || !url.startsWith("jdbc:h2:file:") || url.toUpperCase(java.util.Locale.ROOT).contains(";WRITE_DELAY=")) {
            return url;
        }
        return url + ";WRITE_DELAY=0";
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource hikari) {
            hikari.setJdbcUrl(durable(hikari.getJdbcUrl()));
        }
        return bean;
    }
}
