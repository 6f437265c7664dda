# The price catalog built into switchboard_core as :/pricing/catalog.json (docs/PRICING.md).
#
# It is generated at build time from LiteLLM's model_prices_and_context_window.json by a small
# host tool built here (Qt Core only, no Python): chat models only, prices as whole micro-USD per
# million tokens converted exactly from the decimal per-token figures, and the source's
# `last_updated` date as the catalog's "as of" date. To ship fresher prices, point
# SWITCHBOARD_PRICE_SOURCE at a newer copy of that file (or replace the copy in the tree).
#
# Included from core/CMakeLists.txt once switchboard_core exists, so the generated file, the rcc
# step and the library share one directory scope.
set(SWITCHBOARD_PRICE_SOURCE
    "${PROJECT_SOURCE_DIR}/tests/fixtures/pricing/litellm-model_prices_and_context_window.json"
    CACHE FILEPATH "LiteLLM model_prices_and_context_window.json to build the price catalog from")

add_executable(switchboard_make_price_catalog
    ${CMAKE_CURRENT_LIST_DIR}/make_price_catalog.cpp
    ${PROJECT_SOURCE_DIR}/core/pricing/PriceUnits.h
    ${PROJECT_SOURCE_DIR}/core/pricing/PriceUnits.cpp)
target_include_directories(switchboard_make_price_catalog PRIVATE ${PROJECT_SOURCE_DIR}/core)
target_link_libraries(switchboard_make_price_catalog PRIVATE Qt6::Core switchboard_options)

set(SWITCHBOARD_PRICE_CATALOG_DIR "${CMAKE_CURRENT_BINARY_DIR}/price_catalog")
add_custom_command(
    OUTPUT "${SWITCHBOARD_PRICE_CATALOG_DIR}/catalog.json"
    COMMAND ${CMAKE_COMMAND} -E make_directory "${SWITCHBOARD_PRICE_CATALOG_DIR}"
    COMMAND switchboard_make_price_catalog "${SWITCHBOARD_PRICE_SOURCE}"
            "${SWITCHBOARD_PRICE_CATALOG_DIR}/catalog.json"
    DEPENDS switchboard_make_price_catalog "${SWITCHBOARD_PRICE_SOURCE}"
    COMMENT "Building the price catalog from ${SWITCHBOARD_PRICE_SOURCE}"
    VERBATIM)
qt_add_resources(switchboard_core "switchboard_price_catalog"
    PREFIX "/pricing"
    BASE "${SWITCHBOARD_PRICE_CATALOG_DIR}"
    FILES "${SWITCHBOARD_PRICE_CATALOG_DIR}/catalog.json")
