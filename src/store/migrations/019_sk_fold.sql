-- sk_fold(text): lower case without accents, the search function of the paged lists (docs/api.md, "Paging,
-- sorting and search"): `sk_fold(column) LIKE <folded pattern>`. On SQLite the server registers it on every
-- connection (store/sqlite_db.cpp, calling core::fold_search); here it is the same letter table as
-- core/text_fold.h (kFoldFrom/kFoldTo, plus A-Z), which a test compares letter by letter. translate() and not
-- lower(): lower() follows the database's locale (a C locale folds ASCII only), so the answer would differ per
-- installation; translate() is the same everywhere, which is also what makes IMMUTABLE true.
-- {{POSTGRES}}
CREATE FUNCTION sk_fold(text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $fold$
SELECT translate($1,
  'ABCDEFGHIJKLMNOPQRSTUVWXYZÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞàáâãäåçèéêëìíîïñòóôõöøùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĐđĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĦħĨĩĪīĬĭĮįİıĲĴĵĶķĹĺĻļĽľĿŀŁłŃńŅņŇňŊŌōŎŏŐőŒŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŦŧŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžſ',
  'abcdefghijklmnopqrstuvwxyzaaaaaaæceeeeiiiiðnoooooouuuuyþaaaaaaceeeeiiiinoooooouuuuyyaaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiĳjjkkllllllllllnnnnnnŋooooooœrrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs')
$fold$;
-- {{END}}
