package se.connectbot.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import se.connectbot.coretesting.CoreTestApplication;

/** The one Spring context of the core's tests: the core on the embedded PostgreSQL with the fake portal. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = CoreTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "embedded-db.database=botcore_test",
        // as the application sizes it: a dialog turn holds a connection only for its short reads and saves,
        // never while it calls the portal (DialogsUnderLoadTest runs 50 dialogs through a slow portal on it)
        "embedded-db.pool-size=10",
        "spring.jpa.hibernate.ddl-auto=validate",
        "spring.jpa.open-in-view=false",
        "connectbot.crypto.key=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8="})
public @interface CoreSpringTest {
}
