package kycert.bootstrap.http;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import kycert.application.Kycert;
import kycert.application.port.out.RunStorePort;

/**
 * Makes a running server's run store fail unexpectedly, the only way to reach {@code internal_error} from outside:
 * every {@link RunStorePort} held by the facade's use cases is swapped for one that throws.
 */
final class FaultInjection {
    private FaultInjection() {}

    static void breakRunStore(Kycert kycert, String detail) {
        RunStorePort failing = (RunStorePort) Proxy.newProxyInstance(RunStorePort.class.getClassLoader(),
                new Class<?>[] {RunStorePort.class}, (proxy, method, args) -> {
                    if (method.getDeclaringClass() == Object.class) return method.invoke(detail, args);
                    throw new IllegalStateException("store unreachable: " + detail);
                });
        int swapped = 0;
        for (Field service : Kycert.class.getDeclaredFields()) {
            if (Modifier.isStatic(service.getModifiers()) || service.getType().isPrimitive()) continue;
            Object target = read(service, kycert);
            if (target == null || target.getClass().isRecord() || target.getClass().getName().startsWith("java.")) continue;
            for (Field f : target.getClass().getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers()) && f.getType() == RunStorePort.class) {
                    write(f, target, failing);
                    swapped++;
                }
            }
        }
        if (swapped == 0) throw new IllegalStateException("no run store found to break");
    }

    private static Object read(Field f, Object owner) {
        try {
            f.setAccessible(true);
            return f.get(owner);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private static void write(Field f, Object owner, Object value) {
        try {
            f.setAccessible(true);
            f.set(owner, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot inject the fault into " + f, e);
        }
    }
}
