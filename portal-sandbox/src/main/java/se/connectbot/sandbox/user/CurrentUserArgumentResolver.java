package se.connectbot.sandbox.user;

import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Lets a controller method take the request's {@link PortalUser} as a parameter. */
public final class CurrentUserArgumentResolver implements HandlerMethodArgumentResolver {

    private final CurrentUsers currentUsers;

    public CurrentUserArgumentResolver(CurrentUsers currentUsers) {
        this.currentUsers = currentUsers;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == PortalUser.class;
    }

    @Override
    public PortalUser resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer container,
            NativeWebRequest request, @Nullable WebDataBinderFactory binderFactory) {
        return currentUsers.user(SecurityContextHolder.getContext().getAuthentication());
    }
}
