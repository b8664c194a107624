// Node has no first screen to keep small: every test runs with both languages' catalogs loaded.
import '../../shared/i18n/all';
