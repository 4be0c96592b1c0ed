package io.phonebench.protocol.uri;

/**
 * {@code QueryStringParam:d}: appends {@code d} to the URL the softkey or selected MenuItem is about to fetch.
 */
public record QueryStringParamUri(String parameter) implements InternalUri {

    public QueryStringParamUri {
        if (parameter == null || parameter.isEmpty() || parameter.chars().anyMatch(c -> c <= ' ')) {
            throw new UriSyntaxException("QueryStringParam:" + parameter,
                    "expected a non-empty parameter without spaces or control characters");
        }
    }

    static QueryStringParamUri fromArguments(String uri, String rest) {
        if (rest.isEmpty()) {
            throw new UriSyntaxException(uri, "expected QueryStringParam:d with a non-empty d");
        }
        return new QueryStringParamUri(rest);
    }

    /** The URL the phone fetches: {@code read.asp} + {@code message=1} gives {@code read.asp?message=1}. */
    public String appendTo(String url) {
        return url + (url.indexOf('?') >= 0 ? "&" : "?") + parameter;
    }

    @Override
    public String format() {
        return "QueryStringParam:" + parameter;
    }

    @Override
    public String scheme() {
        return "QueryStringParam";
    }
}
