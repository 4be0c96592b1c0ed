package io.phonebench.bench.junit;

import io.phonebench.bench.lab.RigSession;
import io.phonebench.bench.phone.Phone;
import io.phonebench.bench.rig.Rig;
import io.phonebench.bench.run.RecoveryLedger;
import io.phonebench.bench.run.RunScope;
import io.phonebench.bench.run.SuiteRun;
import io.phonebench.bench.service.ServiceHost;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Leases the rig once per run (kept in the root store, so one lease and one health check serve every test class),
 * and runs each {@link PhoneTest} once per phone. Also resolves {@link Rig}, {@link RigSession} and
 * {@link ServiceHost} parameters.
 */
public final class PhoneBenchExtension implements TestTemplateInvocationContextProvider, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(PhoneBenchExtension.class);

    /**
     * The run's rig session, opened by the first test that asks for it and closed when the run ends. The phone
     * workers of a {@code SuiteRun} share one, kept in the run's {@link RunScope}; a launcher execution of its own
     * (surefire, an IDE) keeps it in its root store.
     */
    public static RigSession session(ExtensionContext context) {
        java.util.Optional<RunScope> scope = context.getConfigurationParameter(RunScope.PARAMETER)
                .flatMap(RunScope::of);
        if (scope.isPresent()) {
            RunScope run = scope.get();
            return run.computeIfAbsent(RigSession.class, () -> CloseOnTermination.register("rig session",
                    SessionSettings.from(context).open(run.recoveries())));
        }
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(RigSession.class, type -> CloseOnTermination.register("rig session",
                        SessionSettings.from(context).open(
                                RecoveryLedger.publishingTo(context.getRoot()::publishReportEntry))),
                        RigSession.class);
    }

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return context.getTestMethod().filter(m -> AnnotationSupport.isAnnotated(m, PhoneTest.class)).isPresent();
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        RigSession session = session(context);
        Set<io.phonebench.bench.phone.Capability> required = required(context);
        // a worker of a SuiteRun drives its one phone; elsewhere the session's phones run one after another
        java.util.Optional<String> worker = context.getConfigurationParameter(SuiteRun.WORKER_PHONE_PARAMETER)
                .filter(name -> !name.isBlank());
        return session.phones().stream().filter(phone -> worker.map(phone.name()::equals).orElse(true))
                .map(phone -> new PhoneInvocation(session, phone, required));
    }

    private static Set<io.phonebench.bench.phone.Capability> required(ExtensionContext context) {
        Set<io.phonebench.bench.phone.Capability> required = new LinkedHashSet<>();
        context.getTestClass().flatMap(c -> AnnotationSupport.findAnnotation(c, Requires.class))
                .ifPresent(r -> required.addAll(Arrays.asList(r.value())));
        context.getTestMethod().flatMap((Method m) -> AnnotationSupport.findAnnotation(m, Requires.class))
                .ifPresent(r -> required.addAll(Arrays.asList(r.value())));
        return required;
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Rig.class || type == RigSession.class || type == ServiceHost.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        RigSession session = session(context);
        Class<?> type = parameter.getParameter().getType();
        if (type == Rig.class) {
            return session.rig();
        }
        return type == ServiceHost.class ? session.serviceHost() : session;
    }

    /** Whether {@code phone} is the parameter type; used by {@link PhoneInvocation}. */
    static boolean isPhone(ParameterContext parameter) {
        return parameter.getParameter().getType() == Phone.class;
    }
}
