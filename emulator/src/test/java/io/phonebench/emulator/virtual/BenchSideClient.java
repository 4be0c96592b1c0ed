package io.phonebench.emulator.virtual;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.entity.UrlEncodedFormEntity;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.message.BasicNameValuePair;
import org.apache.hc.core5.util.Timeout;

/** What the bench does to a phone, over a real HttpClient 5: push, screenshot, pages. Test side only. */
final class BenchSideClient implements AutoCloseable {
    record Answer(int status, String contentType, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final CloseableHttpClient http;
    private final URI base;

    BenchSideClient(VirtualPhone phone) {
        this(phone.uri(), Timeout.ofSeconds(5));
    }

    BenchSideClient(URI base, Timeout responseTimeout) {
        this.base = base;
        this.http = HttpClients.custom().disableAutomaticRetries()
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(responseTimeout)
                        .setConnectionRequestTimeout(Timeout.ofSeconds(5)).build())
                .build();
    }

    Answer push(String xml, String user, String password) throws IOException {
        return postForm("/CGI/Execute", "XML", xml, user, password);
    }

    Answer postForm(String path, String field, String value, String user, String password) throws IOException {
        HttpPost post = new HttpPost(base.resolve(path));
        post.setEntity(new UrlEncodedFormEntity(List.of(new BasicNameValuePair(field, value)), StandardCharsets.UTF_8));
        return send(post, user, password);
    }

    Answer get(String pathAndQuery) throws IOException {
        return send(new HttpGet(base.resolve(pathAndQuery)), null, null);
    }

    Answer get(String pathAndQuery, String user, String password) throws IOException {
        return send(new HttpGet(base.resolve(pathAndQuery)), user, password);
    }

    private Answer send(HttpUriRequestBase request, String user, String password) throws IOException {
        if (user != null) {
            request.addHeader("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return http.execute(request, response -> new Answer(response.getCode(),
                response.getEntity() == null ? "" : String.valueOf(response.getEntity().getContentType()),
                response.getEntity() == null ? new byte[0] : EntityUtils.toByteArray(response.getEntity())));
    }

    @Override
    public void close() throws IOException {
        http.close();
    }

    static String text(String body) {
        return "<CiscoIPPhoneText><Title>T</Title><Text>" + body + "</Text></CiscoIPPhoneText>";
    }
}
