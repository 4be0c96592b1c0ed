package io.phonebench.bench.benchmark;

import io.phonebench.drivers.BenchInfrastructureException;
import io.phonebench.drivers.phone.PhoneAddress;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.entity.UrlEncodedFormEntity;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.message.BasicNameValuePair;
import org.apache.hc.core5.util.Timeout;

/**
 * The baseline for push overhead: the least a push can be with HttpClient 5, a form POST of {@code XML=...} with
 * pre-emptive basic auth to /CGI/Execute, the answer read as bytes and not parsed.
 */
final class RawPush implements AutoCloseable {
    private static final Timeout TIMEOUT = Timeout.ofSeconds(5);

    private final PhoneAddress phone;
    private final URI execute;
    private final String authorization;
    private final CloseableHttpClient client;

    RawPush(PhoneAddress phone) {
        this.phone = phone;
        this.execute = URI.create("http://" + phone.host() + ":" + phone.port() + "/CGI/Execute");
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(
                (phone.user() + ":" + phone.password()).getBytes(StandardCharsets.UTF_8));
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(4).setMaxConnPerRoute(4)
                        .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(TIMEOUT)
                                .setSocketTimeout(TIMEOUT).build())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(TIMEOUT)
                        .setConnectionRequestTimeout(TIMEOUT).build())
                .disableAutomaticRetries().disableRedirectHandling().disableCookieManagement().build();
    }

    /** POSTs the XML and returns the answer's length, so the JIT cannot drop the read. */
    int push(String xml) {
        HttpPost post = new HttpPost(execute);
        post.setHeader(HttpHeaders.AUTHORIZATION, authorization);
        post.setEntity(new UrlEncodedFormEntity(List.of(new BasicNameValuePair("XML", xml)), StandardCharsets.UTF_8));
        try (ClassicHttpResponse response = client.executeOpen(null, post, null)) {
            byte[] body = EntityUtils.toByteArray(response.getEntity());
            if (response.getCode() != 200) {
                throw new BenchInfrastructureException("phone " + phone.label() + ": raw POST /CGI/Execute expected"
                        + " HTTP 200 but got " + response.getCode());
            }
            return body.length;
        } catch (IOException e) {
            throw new BenchInfrastructureException("phone " + phone.label() + ": raw POST /CGI/Execute failed: " + e,
                    e);
        }
    }

    @Override
    public void close() {
        client.close(org.apache.hc.core5.io.CloseMode.GRACEFUL);
    }
}
