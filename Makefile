# Verdict: one non-recursive GNU Makefile.  Objects live under $(BUILD).
#   make            build build/verdict-web and build/verdict-judge
#   make run        install what is missing, build, start the stack
#   make test       build (also under ASan+UBSan) and run every suite
#   make bench      benchmarks, with ratios against baselines of the same run
#   make stop       stop what make run started
# SANITIZE=address,undefined builds instrumented binaries.

PREFIX     ?= /usr/local
SYSCONFDIR ?= $(PREFIX)/etc
BUILD      ?= build
SANITIZE   ?=
JOBS       ?= $(shell nproc 2>/dev/null || echo 2)

PKGS := fcgi libmariadb hiredis json-c libseccomp libcgroup libsodium \
	libcmark yaml-0.1
PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   := $(shell pkg-config --libs $(PKGS) 2>/dev/null)

WARN := -std=c11 -Wall -Wextra -Wshadow -Wformat=2 -Wvla \
	-Wstrict-prototypes -Wno-unused-parameter -Werror
HARDEN := -D_FORTIFY_SOURCE=2 -fstack-protector-strong -fPIE
OPT := -O2 -g
ifneq ($(SANITIZE),)
OPT := -O1 -g -fno-omit-frame-pointer -fsanitize=$(SANITIZE) \
	-fno-sanitize-recover=all
HARDEN := -fPIE
endif
ALL_CFLAGS = -pthread -D_GNU_SOURCE -Ilib $(WARN) $(HARDEN) $(OPT) $(PKG_CFLAGS) \
	-MMD -MP $(CFLAGS)
ALL_LDFLAGS = -pthread -pie -Wl,-z,relro,-z,now $(OPT) $(LDFLAGS)

LIB_SRC   := $(wildcard lib/*.c)
WEB_SRC   := $(filter-out fcgi/main.c,$(wildcard fcgi/*.c))
JUDGE_SRC := $(filter-out judge/main.c,$(wildcard judge/*.c))
UNIT_SRC  := $(wildcard tests/unit/test_*.c)
BENCH_SRC := $(wildcard tests/bench/*.c)

LIB_OBJ   := $(LIB_SRC:%.c=$(BUILD)/%.o)
WEB_OBJ   := $(WEB_SRC:%.c=$(BUILD)/%.o)
JUDGE_OBJ := $(JUDGE_SRC:%.c=$(BUILD)/%.o)
UNIT_BIN  := $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/%)
BENCH_BIN := $(BENCH_SRC:tests/bench/%.c=$(BUILD)/bench/%)

.PHONY: all check-deps run stop test unit bench bench-bin fuzz clean problems install assets
all: check-deps $(BUILD)/verdict-web $(BUILD)/verdict-judge

check-deps:
	@for p in $(PKGS); do pkg-config --exists $$p || { \
	    echo "missing library $$p: run scripts/deps (Debian package" \
	    "names are listed there)"; exit 1; }; done

$(BUILD)/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -c $< -o $@

$(BUILD)/liblocal.a: $(LIB_OBJ)
	@rm -f $@
	@mkdir -p $(dir $@)
	$(if $^,$(AR) rcs $@ $^,printf '!<arch>\n' > $@)
$(BUILD)/libweb.a: $(WEB_OBJ)
	@rm -f $@
	@mkdir -p $(dir $@)
	$(if $^,$(AR) rcs $@ $^,printf '!<arch>\n' > $@)
$(BUILD)/libjudge.a: $(JUDGE_OBJ)
	@rm -f $@
	@mkdir -p $(dir $@)
	$(if $^,$(AR) rcs $@ $^,printf '!<arch>\n' > $@)

$(BUILD)/verdict-web: $(BUILD)/fcgi/main.o $(BUILD)/libweb.a $(BUILD)/liblocal.a
	$(CC) $(ALL_LDFLAGS) -o $@ $^ $(PKG_LIBS) -lm
$(BUILD)/verdict-judge: $(BUILD)/judge/main.o $(BUILD)/libjudge.a $(BUILD)/liblocal.a
	$(CC) $(ALL_LDFLAGS) -o $@ $^ $(PKG_LIBS) -lm

$(BUILD)/tests/%: $(BUILD)/tests/unit/%.o $(BUILD)/libweb.a $(BUILD)/libjudge.a $(BUILD)/liblocal.a
	@mkdir -p $(dir $@)
	$(CC) $(ALL_LDFLAGS) -o $@ $^ $(PKG_LIBS) -lm

$(BUILD)/bench/%: $(BUILD)/tests/bench/%.o $(BUILD)/libweb.a $(BUILD)/libjudge.a $(BUILD)/liblocal.a
	@mkdir -p $(dir $@)
	$(CC) $(ALL_LDFLAGS) -o $@ $^ $(PKG_LIBS) -lm

unit: $(UNIT_BIN)
bench-bin: $(BENCH_BIN)

problems:
	sh scripts/gen-problems

# Editor and math assets come from npm (package-lock.json) and are served by
# nginx from static/vendor; they are never committed.
assets: node_modules/.package-lock.json
	@mkdir -p static/vendor
	rm -rf static/vendor/monaco static/vendor/katex
	cp -r node_modules/monaco-editor/min static/vendor/monaco
	cp -r node_modules/katex/dist static/vendor/katex
	@touch static/vendor

run:
	sh scripts/deps
	$(MAKE) -j$(JOBS) all
	$(MAKE) assets
	sh scripts/gen-problems
	bash scripts/stack start

stop:
	bash scripts/stack stop

test:
	sh scripts/deps
	$(MAKE) -j$(JOBS) all
	$(MAKE) assets
	$(MAKE) -j$(JOBS) BUILD=build/san SANITIZE=address,undefined all unit
	sh scripts/gen-problems
	bash tests/run.sh

bench:
	sh scripts/deps
	$(MAKE) -j$(JOBS) all bench-bin
	bash tests/bench/run.sh

# Long fuzzing runs (FUZZ_SECONDS per target); make test replays briefly.
fuzz:
	sh tests/fuzz/run.sh $${FUZZ_SECONDS:-300}

install: all
	install -d $(DESTDIR)$(PREFIX)/bin
	install -m 755 $(BUILD)/verdict-web $(BUILD)/verdict-judge $(DESTDIR)$(PREFIX)/bin
	install -d $(DESTDIR)$(SYSCONFDIR)/verdict
	# Never overwrite a configuration the administrator may have edited.
	[ -e $(DESTDIR)$(SYSCONFDIR)/verdict/languages.conf ] || \
	    install -m 644 judge/languages.conf $(DESTDIR)$(SYSCONFDIR)/verdict/languages.conf

clean:
	rm -rf build

-include $(shell find $(BUILD) -name '*.d' 2>/dev/null)
