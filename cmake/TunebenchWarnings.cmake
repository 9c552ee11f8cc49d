# One place for the flags every Tunebench target shares.
add_library(tb_build_flags INTERFACE)
target_compile_options(tb_build_flags INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor)
if(TB_WERROR)
  target_compile_options(tb_build_flags INTERFACE -Werror)
endif()
target_compile_definitions(tb_build_flags INTERFACE
  QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_USE_QSTRINGBUILDER QT_NO_FOREACH
  QT_NO_KEYWORDS)
