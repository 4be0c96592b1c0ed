package io.phonebench.bench.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.phonebench.bench.step.Steps;
import io.phonebench.bench.verdict.Evidence;
import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.AllureResultsWriter;
import io.qameta.allure.model.Status;
import io.qameta.allure.model.StepResult;
import io.qameta.allure.model.TestResult;
import io.qameta.allure.model.TestResultContainer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AllureStepListenerTest {
    private final Map<String, byte[]> attachments = new HashMap<>();
    private TestResult written;

    private final AllureLifecycle lifecycle = new AllureLifecycle(new AllureResultsWriter() {
        @Override
        public void write(TestResult result) {
            written = result;
        }

        @Override
        public void write(TestResultContainer container) {
        }

        @Override
        public void write(String source, InputStream content) {
            try {
                attachments.put(source, content.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    });

    @Test
    void stepsBecomeNestedAllureStepsWithStatusParametersAndAttachments() {
        String uuid = UUID.randomUUID().toString();
        lifecycle.scheduleTestCase(new TestResult().setUuid(uuid).setName("showsMenu"));
        lifecycle.startTestCase(uuid);
        try (Steps.Registration registration = Steps.addListener(new AllureStepListener(lifecycle))) {
            Steps.run("push Execute", Map.of("phone", "desk-7970"), () -> {
                Steps.run("POST /CGI/Execute", () -> { });
                Steps.attach(Evidence.text("response", "<CiscoIPPhoneResponse/>"));
            });
            assertThrows(AssertionError.class, () -> Steps.run("compare screen", () -> {
                throw new AssertionError("differs in 12 pixels");
            }));
        }
        lifecycle.stopTestCase(uuid);
        lifecycle.writeTestCase(uuid);

        List<StepResult> steps = written.getSteps();
        assertEquals(List.of("push Execute", "compare screen"), steps.stream().map(StepResult::getName).toList());
        StepResult push = steps.get(0);
        assertEquals(Status.PASSED, push.getStatus());
        assertEquals("desk-7970", push.getParameters().get(0).getValue());
        assertEquals("POST /CGI/Execute", push.getSteps().get(0).getName());
        assertEquals("response", push.getAttachments().get(0).getName());
        assertArrayEquals("<CiscoIPPhoneResponse/>".getBytes(StandardCharsets.UTF_8),
                attachments.get(push.getAttachments().get(0).getSource()));
        assertEquals(Status.FAILED, steps.get(1).getStatus());
        assertEquals("differs in 12 pixels", steps.get(1).getStatusDetails().getMessage());
    }

    @Test
    void stepsOutsideAnAllureTestAreIgnored() {
        try (Steps.Registration registration = Steps.addListener(new AllureStepListener(lifecycle))) {
            Steps.run("health check", () -> Steps.attach(Evidence.text("console", "login:")));
        }
        assertTrue(attachments.isEmpty());
    }
}
