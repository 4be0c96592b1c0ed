package io.phonebench.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** executor.json names the CI build a report belongs to, from the variables Jenkins and GitLab set for each job. */
class CiExecutorTest {

    @Test
    void jenkinsBuildIsNamedAndLinkedAndOrderedByBuildNumber() {
        Map<String, Object> executor = CiExecutor.of(Map.of("JENKINS_URL", "https://ci.lab/",
                "BUILD_URL", "https://ci.lab/job/nightly-rig1/42/", "BUILD_NUMBER", "42", "JOB_NAME", "nightly-rig1"));

        assertEquals("jenkins", executor.get("type"));
        assertEquals("https://ci.lab/job/nightly-rig1/42/", executor.get("buildUrl"));
        assertEquals(42L, executor.get("buildOrder"));
        assertEquals("nightly-rig1 #42", executor.get("buildName"));
    }

    @Test
    void gitlabJobIsNamedAndLinkedAndOrderedByPipeline() {
        Map<String, Object> executor = CiExecutor.of(Map.of("GITLAB_CI", "true", "CI_SERVER_URL", "https://git.lab",
                "CI_PIPELINE_URL", "https://git.lab/bench/-/pipelines/900", "CI_PIPELINE_IID", "17",
                "CI_JOB_NAME", "nightly", "CI_JOB_URL", "https://git.lab/bench/-/jobs/5000"));

        assertEquals("gitlab", executor.get("type"));
        assertEquals("https://git.lab/bench/-/jobs/5000", executor.get("buildUrl"));
        assertEquals(17L, executor.get("buildOrder"));
        assertEquals("nightly in pipeline 17", executor.get("buildName"));
    }

    @Test
    void aRunByHandNamesTheHostAndUser() {
        Map<String, Object> executor = CiExecutor.of(Map.of("USER", "labtech"));

        assertEquals("local", executor.get("type"));
        assertEquals("phonebench on " + executor.get("name") + " by labtech", executor.get("buildName"));
    }
}
