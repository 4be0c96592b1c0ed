package io.phonebench.bench.report;

import io.phonebench.bench.step.StepFinished;
import io.phonebench.bench.step.StepListener;
import io.phonebench.bench.step.StepStarted;
import io.phonebench.bench.verdict.Evidence;
import io.phonebench.bench.verdict.Outcome;
import io.qameta.allure.Allure;
import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.model.Parameter;
import io.qameta.allure.model.Status;
import io.qameta.allure.model.StepResult;
import io.qameta.allure.util.ResultsUtils;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Mirrors bench steps into the Allure test case running on the same thread: nested steps with parameters and
 * status, evidence as attachments. Steps outside any Allure test (e.g. the session's health check) are skipped.
 */
public final class AllureStepListener implements StepListener {
    private final AllureLifecycle lifecycle;
    private final Set<String> open = ConcurrentHashMap.newKeySet();

    public AllureStepListener() {
        this(Allure.getLifecycle());
    }

    AllureStepListener(AllureLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void started(StepStarted step) {
        if (lifecycle.getCurrentTestCaseOrStep().isEmpty()) {
            return;
        }
        StepResult result = new StepResult().setName(step.name())
                .setStart(step.startedAt().toEpochMilli());
        step.parameters().forEach((k, v) -> result.getParameters().add(new Parameter().setName(k).setValue(v)));
        lifecycle.startStep(step.id(), result);
        open.add(step.id());
    }

    @Override
    public void finished(StepFinished step) {
        String id = step.step().id();
        if (!open.remove(id)) {
            return;
        }
        lifecycle.updateStep(id, s -> {
            s.setStatus(status(step.outcome()));
            step.error().flatMap(ResultsUtils::getStatusDetails).ifPresent(s::setStatusDetails);
        });
        lifecycle.stopStep(id);
    }

    @Override
    public void attached(Optional<StepStarted> step, Evidence evidence) {
        if (lifecycle.getCurrentTestCaseOrStep().isPresent()) {
            lifecycle.addAttachment(evidence.name(), evidence.mediaType(), evidence.extension(), evidence.content());
        }
    }

    static Status status(Outcome outcome) {
        return switch (outcome) {
            case PASSED -> Status.PASSED;
            case FAILED -> Status.FAILED;
            case BROKEN -> Status.BROKEN;
            case SKIPPED -> Status.SKIPPED;
        };
    }
}
