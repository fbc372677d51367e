# Thin front over CMake. Every target installs missing dependencies first.
BUILD ?= build
JOBS  ?= $(shell nproc)
CTEST  = ctest --test-dir $(BUILD) --output-on-failure -j $(JOBS)
DEMO_DIR ?= out/demo

.PHONY: all deps configure build test unit sim lint formal synth bench rtl demo clean

all: build

deps:
	@bash tools/deps.sh

configure: deps
	@test -f $(BUILD)/CMakeCache.txt || cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo

build: configure
	cmake --build $(BUILD) -j $(JOBS)

# Everything: Catch2 unit tests, CLI contract, rtl/ freshness, Verilator
# regression against the model, lint, Icarus, Yosys latch check, formal proofs.
test: build
	$(CTEST)

unit: build
	$(CTEST) -L unit

sim: build
	$(CTEST) -L sim

lint: build
	$(CTEST) -L lint

formal: build
	@$(CTEST) -L formal; status=$$?; echo; echo "block      configuration        properties mode      depth      result time"; \
	  cat $(BUILD)/sweep/*/*/formal/summary.txt; exit $$status

synth: build
	bash tools/synth.sh $(BUILD)/cimgen

bench: build
	bash tools/bench.sh $(BUILD)

rtl: build
	bash tools/rtl.sh write $(BUILD)/cimgen rtl

# Generate the reference shift_add, simulate it against the model, print the
# analytical report.
demo: build
	bash tools/demo.sh $(BUILD) $(DEMO_DIR)

clean:
	rm -rf $(BUILD) out
