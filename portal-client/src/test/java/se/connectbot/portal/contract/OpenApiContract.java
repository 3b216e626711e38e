package se.connectbot.portal.contract;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The Portal API contract, {@code openapi/portal-api.yaml} from the classpath, as a test oracle:
 * it says whether a request and its response are what the document allows. Strict: a JSON
 * object with a property the document does not list is a violation, so the document, the
 * records and the servers cannot drift apart unnoticed. Thread-safe; parsed once per JVM.
 */
public final class OpenApiContract {

    /** Where the document lives on the classpath. */
    public static final String RESOURCE = "openapi/portal-api.yaml";

    private static final class Holder {
        static final OpenApiContract INSTANCE = new OpenApiContract(read(RESOURCE));
    }

    private final String document;
    private final OpenApiInteractionValidator validator;
    private final OpenAPI api;

    private OpenApiContract(String document) {
        this.document = document;
        this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(document).build();
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(document, null, options);
        if (parsed.getOpenAPI() == null) {
            throw new IllegalStateException(RESOURCE + " does not parse: " + parsed.getMessages());
        }
        this.api = parsed.getOpenAPI();
    }

    /** The contract, parsed on first use. */
    public static OpenApiContract get() {
        return Holder.INSTANCE;
    }

    /** The document's text. */
    public String document() {
        return document;
    }

    /** What the parser found wrong with the document itself; empty when it is sound. */
    public List<String> documentProblems() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        List<String> messages = new OpenAPIV3Parser().readContents(document, null, options).getMessages();
        return messages == null ? List.of() : List.copyOf(messages);
    }

    /** Every operation as {@code "GET /services/{}"}: method, path below {@code /api/v1}, parameters unnamed. */
    public SortedSet<String> operations() {
        SortedSet<String> operations = new TreeSet<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().keySet()
                .forEach(method -> operations.add(method.name() + " " + normalisePath(path))));
        return operations;
    }

    /** {@code /accounts/{accountId}} → {@code /accounts/{}}: templates compared without their names. */
    public static String normalisePath(String path) {
        return path.replaceAll("\\{[^}]*}", "{}");
    }

    /** The violations of request and response, each as one readable line; empty when valid. */
    public List<String> violations(Exchange exchange) {
        return describe(validator.validate(request(exchange), response(exchange)));
    }

    /** The violations of the response alone (for when the request is not at hand). */
    public List<String> responseViolations(Exchange exchange) {
        return describe(validator.validateResponse(exchange.path(),
                Request.Method.valueOf(exchange.method().toUpperCase(Locale.ROOT)), response(exchange)));
    }

    /** Each error as {@code key: message [in name] at /pointer}. */
    private static List<String> describe(ValidationReport report) {
        return report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .map(m -> m.getKey() + ": " + m.getMessage()
                        + m.getContext().flatMap(c -> c.getParameter()).map(p -> " [" + p.getIn() + " " + p.getName() + "]").orElse("")
                        + m.getContext().flatMap(c -> c.getPointers()).map(p -> " at " + p.getInstance()).orElse(""))
                .collect(Collectors.toList());
    }

    /** Throws an {@link AssertionError} listing every violation of the exchange. */
    public void assertValid(Exchange exchange) {
        List<String> violations = violations(exchange);
        if (!violations.isEmpty()) {
            throw new AssertionError("The exchange " + exchange + " breaks " + RESOURCE + ":\n  "
                    + String.join("\n  ", violations) + bodies(exchange));
        }
    }

    private static String bodies(Exchange exchange) {
        return (exchange.requestBody() == null ? "" : "\nrequest body: " + text(exchange.requestBody()))
                + (exchange.responseBody() == null ? "" : "\nresponse body: " + text(exchange.responseBody()));
    }

    private static String text(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        return text.length() > 2000 ? text.substring(0, 2000) + "…" : text;
    }

    private static SimpleRequest request(Exchange exchange) {
        SimpleRequest.Builder builder = new SimpleRequest.Builder(exchange.method().toUpperCase(Locale.ROOT), exchange.path());
        exchange.query().forEach(builder::withQueryParam);
        exchange.requestHeaders().forEach(builder::withHeader);
        if (exchange.requestBody() != null && exchange.requestBody().length > 0) {
            builder.withBody(exchange.requestBody());
        }
        return builder.build();
    }

    private static SimpleResponse response(Exchange exchange) {
        SimpleResponse.Builder builder = new SimpleResponse.Builder(exchange.status());
        exchange.responseHeaders().forEach(builder::withHeader);
        if (exchange.responseBody() != null && exchange.responseBody().length > 0) {
            builder.withBody(exchange.responseBody());
        }
        return builder.build();
    }

    private static String read(String resource) {
        try (InputStream in = Objects.requireNonNull(OpenApiContract.class.getClassLoader().getResourceAsStream(resource),
                () -> resource + " is not on the classpath")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
