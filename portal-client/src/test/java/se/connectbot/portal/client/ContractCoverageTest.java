package se.connectbot.portal.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.service.annotation.HttpExchange;
import se.connectbot.portal.api.OperationsPortal;
import se.connectbot.portal.api.OperatorPortal;
import se.connectbot.portal.api.UserPortal;
import se.connectbot.portal.contract.OpenApiContract;

/** The document and the client list exactly the same operations, so neither can grow alone. */
class ContractCoverageTest {

    @Test
    void everyOperationOfTheDocumentHasAClientMethodAndViceVersa() {
        SortedSet<String> client = new TreeSet<>();
        client.addAll(exchanges(PortalHttp.class));
        client.addAll(exchanges(OperatorHttp.class));

        assertThat(client).isEqualTo(OpenApiContract.get().operations());
    }

    @Test
    void everyHttpOperationBacksAMethodOfThePublicViews() {
        SortedSet<String> views = new TreeSet<>();
        for (Class<?> view : new Class<?>[] {UserPortal.class, OperationsPortal.class, OperatorPortal.class}) {
            Arrays.stream(view.getMethods()).map(Method::getName).forEach(views::add);
        }
        SortedSet<String> http = new TreeSet<>();
        for (Class<?> type : new Class<?>[] {PortalHttp.class, OperatorHttp.class}) {
            Arrays.stream(type.getDeclaredMethods()).map(Method::getName).forEach(http::add);
        }

        assertThat(views).containsAll(http);
        assertThat(http).containsAll(views);
    }

    private static SortedSet<String> exchanges(Class<?> type) {
        HttpExchange base = AnnotatedElementUtils.findMergedAnnotation(type, HttpExchange.class);
        String prefix = base == null ? "" : base.url();
        SortedSet<String> operations = new TreeSet<>();
        for (Method method : type.getDeclaredMethods()) {
            HttpExchange exchange = AnnotatedElementUtils.findMergedAnnotation(method, HttpExchange.class);
            if (exchange != null) {
                operations.add(exchange.method() + " " + OpenApiContract.normalisePath(prefix + exchange.url()));
            }
        }
        return operations;
    }
}
