package dev.fixpoint.runtime.spring;

import dev.fixpoint.lab.Request;
import dev.fixpoint.lab.host.LoopbackHttp;
import dev.fixpoint.lab.host.WarmUp;
import dev.fixpoint.runtime.spring.warmup.WarmUpApplication;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.Map;

/**
 * Starts and stops a small Spring Boot application of its own in every worker of the runtime before a submission
 * arrives, and sends it the requests a lab's checks send: the first start of a context in a JVM loads and links thousands
 * of framework classes (seconds on two cores), which the learner's application then finds ready.
 */
public final class SpringWarmUp implements WarmUp {

    @Override
    public void run() throws Exception {
        SpringApplication spring = new SpringApplication(WarmUpApplication.class);
        spring.setBannerMode(Banner.Mode.OFF);
        spring.setLogStartupInfo(false);
        Map<String, Object> defaults = SpringBootService.defaults("fixpoint-warm-up");
        defaults.put("spring.thymeleaf.prefix", "classpath:/fixpoint-warm-up/templates/");
        spring.setDefaultProperties(defaults);
        try (ConfigurableApplicationContext context = spring.run("--server.port=0", "--server.address=127.0.0.1")) {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            for (int round = 0; round < 3; round++) {
                LoopbackHttp.exchange(port, Request.postJson("/notes", "{\"text\":\"warm " + round + "\"}"), 5_000);
                LoopbackHttp.exchange(port, Request.get("/notes"), 5_000);
                LoopbackHttp.exchange(port, Request.get("/page?name=warm"), 5_000);
                int signedIn = LoopbackHttp.exchange(port, Request.get("/admin/notes").header("Authorization", "Basic YWRtaW46d2FybS11cA=="), 5_000).status();
                // A warm-up that fails quietly warms nothing: the path through authentication is the one every lab takes.
                if (signedIn != 200) {
                    throw new IllegalStateException("the warm-up's signed-in request answered " + signedIn);
                }
                LoopbackHttp.exchange(port, Request.get("/actuator/health"), 5_000);
            }
        }
    }
}
