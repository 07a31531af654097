package org.kenshu.store;

import static org.kenshu.store.jooq.Tables.APP_SETTING;

import java.util.Optional;
import org.jooq.DSLContext;

/** Small remembered choices of the program (key → text), such as what △ meant in the last import. */
public final class AppSettingRepository {
    private final DSLContext dsl;

    public AppSettingRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<String> get(String key) {
        return dsl.select(APP_SETTING.SETTING_VALUE).from(APP_SETTING).where(APP_SETTING.SETTING_KEY.eq(key))
                .fetchOptional(APP_SETTING.SETTING_VALUE);
    }

    /** Stores {@code value} under {@code key}, replacing what was there. */
    public void put(String key, String value) {
        int updated = dsl.update(APP_SETTING).set(APP_SETTING.SETTING_VALUE, value)
                .set(APP_SETTING.VERSION, APP_SETTING.VERSION.plus(1)).where(APP_SETTING.SETTING_KEY.eq(key)).execute();
        if (updated == 0) {
            dsl.insertInto(APP_SETTING, APP_SETTING.SETTING_KEY, APP_SETTING.SETTING_VALUE, APP_SETTING.VERSION)
                    .values(key, value, 0).execute();
        }
    }
}
