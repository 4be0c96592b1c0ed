package io.phonebench.bench.junit;

import io.phonebench.bench.phone.Phone;
import io.qameta.allure.Allure;
import io.qameta.allure.model.Label;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * What an Allure result says about the device it ran on, so the report answers "which phone, which firmware": the
 * phone, model, serial, MAC and firmware as labels and tags; suites grouped model first (parentSuite model, suite
 * test class) and behaviors by feature then model (epic test class, feature model); and a history id that is the
 * same for a (test, phone) pair in every run. Allure's own id hashes the JUnit unique id, whose invocation index
 * shifts when {@code --phones} picks a subset, which reset a phone's trend.
 */
final class ResultLabels {
    /** Labels this class owns; Allure's JUnit listener sets its own suite label, replaced here. */
    private static final Set<String> REPLACED = Set.of("parentSuite", "suite", "subSuite", "epic", "feature",
            "story");

    private ResultLabels() {
    }

    static void apply(Phone phone, Class<?> testClass, String method) {
        String test = testClass.getSimpleName();
        Allure.parameter("phone", phone.name());
        Allure.getLifecycle().updateTestCase(result -> {
            result.setHistoryId(historyId(testClass.getName() + "." + method, phone.name()));
            List<Label> labels = new ArrayList<>(result.getLabels());
            labels.removeIf(l -> REPLACED.contains(l.getName()));
            labels.add(label("parentSuite", phone.model().name()));
            labels.add(label("suite", test));
            labels.add(label("epic", test));
            labels.add(label("feature", phone.model().name()));
            labels.add(label("phone", phone.name()));
            labels.add(label("model", phone.model().name()));
            labels.add(label("tag", phone.name()));
            labels.add(label("tag", phone.model().name()));
            phone.identity().ifPresent(id -> {
                labels.add(label("serial", id.serialNumber()));
                labels.add(label("mac", id.macAddress()));
                labels.add(label("firmware", id.firmware()));
                labels.add(label("tag", "firmware " + id.firmware()));
            });
            result.setLabels(labels);
        });
    }

    static String historyId(String test, String phone) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest((test + "@" + phone)
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is part of every Java platform", e);
        }
    }

    private static Label label(String name, String value) {
        return new Label().setName(name).setValue(value);
    }
}
