package io.phonebench.bench.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.phonebench.drivers.BenchInfrastructureException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Allure's {@code executor.json}: who ran this report, so its overview links back to the CI build and the trend is
 * ordered by build. Jenkins and GitLab CI are read from the variables they set for every job (Jenkins "Building
 * Software Projects" env-vars page; GitLab "Predefined CI/CD variables"); a run by hand names the host and user.
 */
public final class CiExecutor {
    private CiExecutor() {
    }

    /** The executor.json fields for this environment. */
    public static Map<String, Object> of(Map<String, String> env) {
        Map<String, Object> executor = new LinkedHashMap<>();
        if (env.containsKey("BUILD_URL") && env.containsKey("JENKINS_URL")) {
            executor.put("name", "Jenkins");
            executor.put("type", "jenkins");
            executor.put("url", env.get("JENKINS_URL"));
            executor.put("buildOrder", number(env.get("BUILD_NUMBER")));
            executor.put("buildName", env.getOrDefault("JOB_NAME", "job") + " #" + env.getOrDefault("BUILD_NUMBER",
                    "?"));
            executor.put("buildUrl", env.get("BUILD_URL"));
        } else if (env.containsKey("GITLAB_CI") || env.containsKey("CI_PIPELINE_URL")) {
            executor.put("name", "GitLab CI");
            executor.put("type", "gitlab");
            executor.put("url", env.getOrDefault("CI_SERVER_URL", env.get("CI_PROJECT_URL")));
            executor.put("buildOrder", number(env.getOrDefault("CI_PIPELINE_IID", env.get("CI_PIPELINE_ID"))));
            executor.put("buildName", env.getOrDefault("CI_JOB_NAME", "job") + " in pipeline "
                    + env.getOrDefault("CI_PIPELINE_IID", env.getOrDefault("CI_PIPELINE_ID", "?")));
            executor.put("buildUrl", env.getOrDefault("CI_JOB_URL", env.get("CI_PIPELINE_URL")));
        } else {
            String host = host(env);
            executor.put("name", host);
            executor.put("type", "local");
            executor.put("buildName", "phonebench on " + host + Optional.ofNullable(env.get("USER"))
                    .map(u -> " by " + u).orElse(""));
        }
        executor.values().removeIf(v -> v == null);
        return executor;
    }

    public static void write(Path results, Map<String, String> env) {
        try {
            Files.createDirectories(results);
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValue(results.resolve("executor.json").toFile(), of(env));
        } catch (IOException e) {
            throw new BenchInfrastructureException("cannot write executor.json in allure results " + results + ": "
                    + e.getMessage(), e);
        }
    }

    private static Long number(String s) {
        try {
            return s == null ? null : Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String host(Map<String, String> env) {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return env.getOrDefault("HOSTNAME", "localhost");
        }
    }
}
