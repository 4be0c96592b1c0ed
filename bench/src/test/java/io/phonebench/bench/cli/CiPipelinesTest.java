package io.phonebench.bench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The CI templates in ci/ cannot run here (no Jenkins, no GitLab, no lab), so this checks what can be checked: both
 * files parse, every phonebench command line in them is accepted by the CLI's own parser, and every rig file and
 * runner label they name exists in rigs/.
 */
class CiPipelinesTest {
    private static final Pattern RIG_FILE = Pattern.compile("rigs/[\\w.-]+\\.yaml");
    private static final String FIRMWARE = "SCCP70.9-4-2SR3-1S";

    @Test
    void jenkinsfileIsBalancedAndEveryStageIsNamed() throws Exception {
        String jenkinsfile = Files.readString(root().resolve("ci/Jenkinsfile"));

        assertBalanced(jenkinsfile);
        Matcher stages = Pattern.compile("\\bstage\\s*\\(\\s*(?:'([^']*)'|\"([^\"]*)\"|([^)]*))\\)")
                .matcher(jenkinsfile);
        int named = 0;
        while (stages.find()) {
            String name = stages.group(1) != null ? stages.group(1) : stages.group(2);
            assertTrue(name != null && !name.isBlank(), "stage without a literal name: " + stages.group());
            named++;
        }
        assertTrue(named >= 4, "expected stages per rig plus certification and report, found " + named);
        assertTrue(jenkinsfile.contains("parallel {") && jenkinsfile.contains("triggers {")
                && jenkinsfile.contains("cron(") && jenkinsfile.contains("allure ") && jenkinsfile.contains("junit "),
                "declarative pipeline with parallel rigs, a nightly trigger, junit and the Allure plugin");
    }

    @Test
    void jenkinsAgentsAndLocksNameRigsOfTheRepository() throws Exception {
        String jenkinsfile = Files.readString(root().resolve("ci/Jenkinsfile"));
        Matcher labels = Pattern.compile("label '([^']+)'").matcher(jenkinsfile);
        int found = 0;
        while (labels.find()) {
            assertRigExists("rigs/" + labels.group(1) + ".yaml", "agent label " + labels.group(1));
            found++;
        }
        assertTrue(found > 0, "no agent labels");
        assertEquals(found, count(jenkinsfile, "lock(resource: 'rig-"), "every rig stage runs under a lock");
    }

    @Test
    void jenkinsCommandLinesParse() throws Exception {
        String jenkinsfile = Files.readString(root().resolve("ci/Jenkinsfile"));
        List<Map<String, String>> rigStages = new ArrayList<>();
        Matcher calls = Pattern.compile("rigStage\\('([^']+)', '([^']+)'\\)").matcher(jenkinsfile);
        while (calls.find()) {
            rigStages.add(Map.of("rig", calls.group(1), "shard", calls.group(2), "FIRMWARE", FIRMWARE));
        }
        assertFalse(rigStages.isEmpty(), "no rigStage(rig, shard) calls");
        Matcher commands = Pattern.compile("(['\"])\\./phonebench (.*?)\\1").matcher(jenkinsfile);
        int parsed = 0;
        while (commands.find()) {
            for (Map<String, String> variables : commands.group(2).contains("${rig}") ? rigStages
                    : List.of(Map.of("FIRMWARE", FIRMWARE))) {
                assertAccepted(expand(commands.group(2), variables), "ci/Jenkinsfile");
                parsed++;
            }
        }
        assertTrue(parsed >= 5, "expected run per rig stage, certify, merge-results and report; parsed " + parsed);
    }

    @Test
    void gitlabPipelineParsesWithAMatrixOverRigsAndAMergedReport() throws Exception {
        JsonNode pipeline = gitlab();
        JsonNode nightly = pipeline.path("nightly");

        assertTrue(nightly.path("parallel").path("matrix").isArray(), "nightly: parallel:matrix over rigs");
        assertEquals("rig-$RIG", nightly.path("resource_group").asText());
        assertEquals("$RIG", nightly.path("tags").get(0).asText(), "runner tag = rig name");
        assertFalse(nightly.path("artifacts").path("reports").path("junit").isMissingNode(), "junit report");
        String report = pipeline.path("report").path("script").toString();
        assertTrue(report.contains("merge-results") && report.contains("--history-from")
                && report.contains("phonebench report"), report);
        for (Map<String, String> rig : matrix(nightly)) {
            assertRigExists("rigs/" + rig.get("RIG") + ".yaml", "matrix RIG " + rig.get("RIG"));
        }
    }

    @Test
    void gitlabCommandLinesParse() throws Exception {
        JsonNode pipeline = gitlab();
        int parsed = 0;
        for (Map.Entry<String, JsonNode> job : iterable(pipeline)) {
            List<Map<String, String>> combinations = job.getValue().has("parallel")
                    ? matrix(job.getValue()) : List.of(Map.of());
            for (JsonNode line : job.getValue().path("script")) {
                if (!line.asText().startsWith("./phonebench ")) {
                    continue;
                }
                for (Map<String, String> combination : combinations) {
                    Map<String, String> variables = new LinkedHashMap<>(combination);
                    variables.put("SUITE", pipeline.path("variables").path("SUITE").asText());
                    variables.put("CI_NODE_INDEX", "1");
                    variables.put("FIRMWARE", FIRMWARE);
                    assertAccepted(expand(line.asText().substring("./phonebench ".length()), variables),
                            "ci/gitlab-ci.yml job " + job.getKey());
                    parsed++;
                }
            }
        }
        assertTrue(parsed >= 5, "expected a run per matrix entry, certify, merge-results and report; parsed " + parsed);
    }

    /**
     * Parses without executing. {@code --junit-xml DIR} (run's JUnit XML output) is being added on another branch:
     * while this branch's run command has no such option it is set aside, and every other argument must still parse;
     * once the option exists it is parsed like any other.
     */
    private static void assertAccepted(List<String> args, String where) {
        CommandLine cli = PhoneBenchCommand.commandLine();
        List<String> checked = new ArrayList<>(args);
        boolean junitXmlPending = cli.getSubcommands().get("run").getCommandSpec().findOption("--junit-xml") == null;
        int junitXml = checked.indexOf("--junit-xml");
        if (junitXmlPending && junitXml >= 0 && "run".equals(checked.get(0))) {
            checked.remove(junitXml + 1);
            checked.remove(junitXml);
        }
        try {
            cli.parseArgs(checked.toArray(String[]::new));
        } catch (CommandLine.ParameterException e) {
            fail(where + ": phonebench " + String.join(" ", args) + " is refused: " + e.getMessage());
        }
        for (String arg : args) {
            if (RIG_FILE.matcher(arg).matches()) {
                assertRigExists(arg, where);
            }
        }
    }

    private static List<String> expand(String commandLine, Map<String, String> variables) {
        String line = commandLine;
        for (Map.Entry<String, String> v : variables.entrySet()) {
            line = line.replace("${" + v.getKey() + "}", v.getValue()).replace("$" + v.getKey(), v.getValue());
        }
        assertFalse(line.contains("$"), "unexpanded variable in " + commandLine + " -> " + line);
        List<String> words = new ArrayList<>();
        Matcher m = Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(line);
        while (m.find()) {
            words.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return words;
    }

    private static List<Map<String, String>> matrix(JsonNode job) {
        List<Map<String, String>> combinations = new ArrayList<>();
        for (JsonNode entry : job.path("parallel").path("matrix")) {
            List<Map<String, String>> partial = new ArrayList<>(List.of(Map.of()));
            for (Map.Entry<String, JsonNode> variable : iterable(entry)) {
                List<Map<String, String>> next = new ArrayList<>();
                List<JsonNode> values = variable.getValue().isArray()
                        ? List.copyOf(toList(variable.getValue())) : List.of(variable.getValue());
                for (Map<String, String> p : partial) {
                    for (JsonNode value : values) {
                        Map<String, String> m = new LinkedHashMap<>(p);
                        m.put(variable.getKey(), value.asText());
                        next.add(m);
                    }
                }
                partial = next;
            }
            combinations.addAll(partial);
        }
        assertFalse(combinations.isEmpty(), "empty matrix");
        return combinations;
    }

    private static List<JsonNode> toList(JsonNode array) {
        List<JsonNode> list = new ArrayList<>();
        array.forEach(list::add);
        return list;
    }

    private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode node) {
        return node::fields;
    }

    private static JsonNode gitlab() throws Exception {
        return new ObjectMapper(new YAMLFactory()).readTree(root().resolve("ci/gitlab-ci.yml").toFile());
    }

    private static void assertRigExists(String relative, String where) {
        assertTrue(Files.isRegularFile(root().resolve(relative)), where + ": " + relative + " does not exist");
    }

    /** Brackets balance outside string literals and comments. */
    private static void assertBalanced(String groovy) {
        Deque<Character> open = new ArrayDeque<>();
        int line = 1;
        for (int i = 0; i < groovy.length(); i++) {
            char c = groovy.charAt(i);
            if (c == '\n') {
                line++;
            } else if (c == '/' && i + 1 < groovy.length() && groovy.charAt(i + 1) == '/') {
                i = groovy.indexOf('\n', i) - 1;
            } else if (c == '\'' || c == '"') {
                int end = groovy.indexOf(c, i + 1);
                assertTrue(end > 0 && groovy.substring(i, end).indexOf('\n') < 0, "unclosed string at line " + line);
                i = end;
            } else if ("{([".indexOf(c) >= 0) {
                open.push(c);
            } else if ("})]".indexOf(c) >= 0) {
                char expected = "{([".charAt("})]".indexOf(c));
                assertTrue(!open.isEmpty() && open.pop() == expected, "unbalanced '" + c + "' at line " + line);
            }
        }
        assertTrue(open.isEmpty(), "unclosed brackets at the end: " + open);
    }

    private static int count(String text, String needle) {
        return text.split(Pattern.quote(needle), -1).length - 1;
    }

    static Path root() {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve("ci/Jenkinsfile")) && Files.isDirectory(d.resolve("rigs"))) {
                return d;
            }
        }
        throw new AssertionError("ci/Jenkinsfile not found above " + Path.of("").toAbsolutePath());
    }
}
