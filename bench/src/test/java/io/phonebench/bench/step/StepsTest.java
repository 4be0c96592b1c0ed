package io.phonebench.bench.step;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.phonebench.bench.verdict.Evidence;
import io.phonebench.bench.verdict.Outcome;
import io.phonebench.drivers.BenchInfrastructureException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StepsTest {
    private final List<StepStarted> started = new ArrayList<>();
    private final List<StepFinished> finished = new ArrayList<>();
    private final List<String> attached = new ArrayList<>();
    private final Thread testThread = Thread.currentThread();
    private Steps.Registration registration;

    @BeforeEach
    void listen() {
        registration = Steps.addListener(new StepListener() {
            @Override
            public void started(StepStarted step) {
                if (Thread.currentThread() == testThread) {
                    started.add(step);
                }
            }

            @Override
            public void finished(StepFinished step) {
                if (Thread.currentThread() == testThread) {
                    finished.add(step);
                }
            }

            @Override
            public void attached(Optional<StepStarted> step, Evidence evidence) {
                attached.add(step.map(StepStarted::name).orElse("-") + ":" + evidence.name());
            }
        });
    }

    @AfterEach
    void stopListening() {
        registration.close();
    }

    @Test
    void nestedStepsKnowTheirParentAndDepth() {
        Steps.run("power cycle", Map.of("phone", "desk-7970"), () -> Steps.run("relay off", () -> { }));

        assertEquals(List.of("power cycle", "relay off"), started.stream().map(StepStarted::name).toList());
        StepStarted outer = started.get(0);
        StepStarted inner = started.get(1);
        assertEquals(Optional.empty(), outer.parentId());
        assertEquals(Optional.of(outer.id()), inner.parentId());
        assertEquals(1, inner.depth());
        assertEquals(Map.of("phone", "desk-7970"), outer.parameters());
        assertEquals(List.of("relay off", "power cycle"), finished.stream().map(f -> f.step().name()).toList());
        assertTrue(finished.stream().allMatch(f -> f.outcome() == Outcome.PASSED && !f.duration().isNegative()));
    }

    @Test
    void assertionErrorMakesTheStepFailedAndPropagates() {
        AssertionError error = new AssertionError("expected Menu, saw Text");
        AssertionError thrown = assertThrows(AssertionError.class, () -> Steps.run("look", () -> {
            throw error;
        }));
        assertSame(error, thrown);
        assertEquals(Outcome.FAILED, finished.get(0).outcome());
        assertEquals(Optional.of(error), finished.get(0).error());
    }

    @Test
    void checkedExceptionMakesTheStepBrokenAndNamesIt() {
        BenchInfrastructureException thrown = assertThrows(BenchInfrastructureException.class,
                () -> Steps.run("push", () -> {
                    throw new IOException("connection refused");
                }));
        assertTrue(thrown.getMessage().contains("step 'push' failed"), thrown.getMessage());
        assertEquals(Outcome.BROKEN, finished.get(0).outcome());
    }

    @Test
    void callReturnsTheStepsValue() {
        assertEquals(42, Steps.call("answer", Map.of(), () -> 42));
    }

    @Test
    void evidenceGoesToTheRunningStep() {
        Steps.run("screenshot", () -> Steps.attach(Evidence.text("console", "login:")));
        Steps.attach(Evidence.text("trace", "GET /menu"));

        assertEquals(List.of("screenshot:console", "-:trace"), attached);
    }

    @Test
    void secretParametersAreMasked() {
        Steps.run("login", Map.of("user", "bench", "password", "hunter2"), () -> { });
        assertEquals("****", started.get(0).parameters().get("password"));
        assertFalse(started.get(0).toString().contains("hunter2"));
    }

    @Test
    void aFailingListenerDoesNotChangeTheStep() {
        try (Steps.Registration broken = Steps.addListener(new StepListener() {
            @Override
            public void started(StepStarted step) {
                throw new IllegalStateException("listener bug");
            }
        })) {
            assertEquals("ok", Steps.call("robust", Map.of(), () -> "ok"));
        }
        assertEquals(Outcome.PASSED, finished.get(0).outcome());
    }
}
