package io.phonebench.bench.junit;

import io.phonebench.bench.phone.Capability;
import io.phonebench.bench.phone.Phone;
import io.phonebench.bench.phone.PhoneState;
import io.phonebench.bench.screen.ScreenNames;
import io.phonebench.bench.verdict.Evidence;
import io.phonebench.bench.verdict.Outcome;
import io.phonebench.drivers.BenchInfrastructureException;
import io.phonebench.drivers.phone.PhoneAnswerException;
import io.qameta.allure.Allure;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;

/**
 * One run of a {@link PhoneTest} on one phone: resolves the {@link Phone}, skips phones that lack a required
 * capability or are broken, labels the Allure result with the device, attaches evidence when the test did not pass,
 * and recovers a phone once when the test hit an infrastructure fault.
 */
final class PhoneInvocation implements TestTemplateInvocationContext {
    private final Phone phone;
    private final Set<Capability> required;

    PhoneInvocation(Phone phone, Set<Capability> required) {
        this.phone = phone;
        this.required = required;
    }

    @Override
    public String getDisplayName(int invocationIndex) {
        return phone.name() + " (" + phone.model().name() + ")";
    }

    @Override
    public List<Extension> getAdditionalExtensions() {
        return List.of(new Resolver(), new Condition(), new Before(), new After(), new Recovery());
    }

    private final class Resolver implements ParameterResolver {
        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return PhoneBenchExtension.isPhone(parameter);
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return phone;
        }
    }

    private final class Condition implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (CloseOnTermination.terminating()) {
                return ConditionEvaluationResult.disabled("not run: the bench was terminated (SIGTERM) before it");
            }
            for (Capability capability : required) {
                if (!phone.has(capability)) {
                    return ConditionEvaluationResult.disabled("not applicable: " + phone.name() + " ("
                            + phone.model().name() + ") "
                            + phone.whyLacks(capability));
                }
            }
            return ConditionEvaluationResult.enabled("has " + required);
        }
    }

    private final class Before implements BeforeEachCallback {
        @Override
        public void beforeEach(ExtensionContext context) {
            CloseOnTermination.testStarted();
            ScreenNames.startTest(context.getRequiredTestClass().getSimpleName() + "."
                    + context.getRequiredTestMethod().getName());
            ResultLabels.apply(phone, context.getRequiredTestClass(), context.getRequiredTestMethod().getName());
            if (phone.strategy().state() == PhoneState.BROKEN) {
                throw new BenchInfrastructureException("phone " + phone.name() + " is broken: "
                        + phone.strategy().brokenBecause());
            }
            phone.prepareForTest();
        }
    }

    private final class After implements AfterTestExecutionCallback, AfterEachCallback {
        @Override
        public void afterTestExecution(ExtensionContext context) {
            if (context.getExecutionException().isEmpty()) {
                return;
            }
            for (Evidence evidence : phone.evidence()) {
                Allure.addAttachment(evidence.name(), evidence.mediaType(),
                        new ByteArrayInputStream(evidence.content()), "." + evidence.extension());
            }
        }

        /** Also runs when a before-each failed, so a SIGTERM never waits for a test that is not running. */
        @Override
        public void afterEach(ExtensionContext context) {
            CloseOnTermination.testEnded();
        }
    }

    /**
     * An infrastructure fault (timeout, refused connection) gets one power cycle; the test itself stays BROKEN. A
     * phone that answered, but wrongly (an undecodable screenshot, unparseable XML), is up: that is a product
     * deviation from its reference model, so the test is FAILED and the phone is not power cycled.
     */
    private final class Recovery implements TestExecutionExceptionHandler {
        @Override
        public void handleTestExecutionException(ExtensionContext context, Throwable error) throws Throwable {
            if (error instanceof PhoneAnswerException wrong) {
                throw new AssertionError(phone.name() + " answered differently from its reference model: "
                        + wrong.getMessage(), wrong);
            }
            if (Outcome.of(error) == Outcome.BROKEN && phone.strategy().state() != PhoneState.BROKEN
                    && !phone.answers()) {
                boolean back = phone.strategy().recover(String.valueOf(error.getMessage()));
                Allure.addAttachment("recovery", "text/plain", back
                        ? phone.name() + " did not answer after: " + error.getMessage() + "\nrecovered by one power cycle"
                        : phone.name() + " is broken: " + phone.strategy().brokenBecause(), ".txt");
            }
            throw error;
        }
    }
}
