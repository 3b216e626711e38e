package se.connectbot.core;

import org.springframework.context.annotation.DeferredImportSelector;
import org.springframework.core.type.AnnotationMetadata;
import se.connectbot.core.portal.PortalWiring;

/**
 * Imports the core's defaults after every other configuration class, as auto-configuration is,
 * so their {@code @ConditionalOnMissingBean} sees the application's own beans (a {@code Clock},
 * a {@code PortalApi}) whatever the order of the configuration classes.
 */
final class DeferredCoreImports implements DeferredImportSelector {

    @Override
    public String[] selectImports(AnnotationMetadata importingClassMetadata) {
        return new String[] {CoreDefaults.class.getName(), PortalWiring.class.getName()};
    }
}
